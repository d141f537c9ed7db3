using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin.Users;

public sealed class EditModel(UserManager<LiaisonUser> users, ChangeUserAccess.Handler change) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [BindProperty] public bool Locked { get; set; }
    public LiaisonUser? Subject { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Subject = await users.FindByIdAsync(Id);
        if (Subject is null) return NotFound();
        SelectedRoles = (await users.GetRolesAsync(Subject)).ToList();
        Locked = Subject.LockoutEnd > DateTimeOffset.UtcNow;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Subject = await users.FindByIdAsync(Id);
        if (Subject is null) return NotFound();
        if (SelectedRoles.Count == 0) ModelState.AddModelError(nameof(SelectedRoles), "Choose at least one role.");
        if (!ModelState.IsValid) return Page();
        var result = await change.Handle(new ChangeUserAccess.Command(Id, SelectedRoles, Locked), users.GetUserId(User)!, ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState);
            return Page();
        }
        TempData["Flash"] = $"Saved {Subject.Email}.";
        return RedirectToPage("Index");
    }
}
