using System.ComponentModel.DataAnnotations;
using Liaison.Core.Identity;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Account;

/// <summary>A user's own API tokens: create (shown once), list, revoke.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class TokensModel(UserManager<LiaisonUser> users, ListApiTokens.Handler list, CreateApiToken.Handler create,
    RevokeApiToken.Handler revoke) : PageModel
{
    [BindProperty, Required, StringLength(100), Display(Name = "Token name")] public string Name { get; set; } = "";
    [BindProperty, Range(1, 3650), Display(Name = "Expires after (days)")] public int? ExpiresInDays { get; set; } = 90;
    public IReadOnlyList<ListApiTokens.Item> Tokens { get; private set; } = [];
    public CreateApiToken.Response? Created { get; private set; }

    private string Me => users.GetUserId(User)!;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await list.Handle(Me, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await create.Handle(new CreateApiToken.Command(Me, Name, ExpiresInDays), ct);
            if (result.IsSuccess) Created = result.Value;
            else result.Error!.AddTo(ModelState);
        }
        Tokens = await list.Handle(Me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await revoke.Handle(new RevokeApiToken.Command(tokenId, Me), ct);
        TempData.Tell(result, _ => "Token revoked.");
        return RedirectToPage();
    }
}
