using System.ComponentModel.DataAnnotations;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin;

/// <summary>Every user's tokens: an admin issues tokens for service accounts and revokes any token.</summary>
public sealed class TokensModel(UserManager<LiaisonUser> users, ListApiTokens.Handler list, CreateApiToken.Handler create,
    RevokeApiToken.Handler revoke) : PageModel
{
    [BindProperty, Required, EmailAddress, Display(Name = "User's email")] public string Email { get; set; } = "";
    [BindProperty, Required, StringLength(100), Display(Name = "Token name")] public string Name { get; set; } = "";
    [BindProperty, Range(1, 3650), Display(Name = "Expires after (days)")] public int? ExpiresInDays { get; set; } = 90;
    public IReadOnlyList<ListApiTokens.Item> Tokens { get; private set; } = [];
    public CreateApiToken.Response? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await list.Handle(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var user = await users.FindByEmailAsync(Email.Trim());
            if (user is null) ModelState.AddModelError(nameof(Email), $"No user has the email {Email}.");
            else
            {
                var result = await create.Handle(new CreateApiToken.Command(user.Id, Name, ExpiresInDays), ct);
                if (result.IsSuccess) Created = result.Value;
                else result.Error!.AddTo(ModelState);
            }
        }
        Tokens = await list.Handle(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await revoke.Handle(new RevokeApiToken.Command(tokenId, null), ct);
        TempData.Tell(result, _ => "Token revoked.");
        return RedirectToPage();
    }
}
