using Liaison.Core.Directory.Profile;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Liaison.Web.Security.Policies.Member)]
public sealed class ProfileModel(GetHcpProfile.Handler profiles) : PageModel
{
    public HcpProfile Hcp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await profiles.Handle(id, ct);
        if (!result.IsSuccess) return NotFound();
        Hcp = result.Value!;
        return Page();
    }
}
