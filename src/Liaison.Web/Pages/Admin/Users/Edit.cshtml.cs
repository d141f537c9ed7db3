using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Admin.Users;

public sealed class EditModel(UserManager<LiaisonUser> users, ChangeUserAccess.Handler change, AssignManager.Handler assign,
    LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [BindProperty] public bool Locked { get; set; }
    [BindProperty] public string? ManagerId { get; set; }
    public List<SelectListItem> Managers { get; private set; } = [];
    public LiaisonUser? Subject { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Subject = await users.FindByIdAsync(Id);
        if (Subject is null) return NotFound();
        SelectedRoles = (await users.GetRolesAsync(Subject)).ToList();
        Locked = Subject.LockoutEnd > DateTimeOffset.UtcNow;
        ManagerId = Subject.ManagerId;
        await LoadManagersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Subject = await users.FindByIdAsync(Id);
        if (Subject is null) return NotFound();
        await LoadManagersAsync();
        if (SelectedRoles.Count == 0) ModelState.AddModelError(nameof(SelectedRoles), "Choose at least one role.");
        // Checked before anything is saved: the roles and the manager are two saves, and a refused manager must not
        // leave the role change behind (AssignManager checks the same again).
        if (!string.IsNullOrEmpty(ManagerId) && Managers.All(m => m.Value != ManagerId))
            ModelState.AddModelError(nameof(ManagerId), "Choose another user with the role msl-manager as manager.");
        if (!ModelState.IsValid) return Page();
        var result = await change.Handle(new ChangeUserAccess.Command(Id, SelectedRoles, Locked), users.GetUserId(User)!, ct);
        if (result.IsSuccess) result = await assign.Handle(new AssignManager.Command(Id, ManagerId), ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState);
            return Page();
        }
        TempData["Flash"] = $"Saved {Subject.Email}.";
        return RedirectToPage("Index");
    }

    private async Task LoadManagersAsync() =>
        Managers = await Team.Managers(db).Where(m => m.Id != Id)
            .Select(m => new SelectListItem(m.DisplayName + " (" + m.Email + ")", m.Id)).ToListAsync();
}
