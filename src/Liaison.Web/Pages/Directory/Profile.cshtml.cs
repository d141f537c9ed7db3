using Liaison.Core.Directory.Profile;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Liaison.Web.Security.Policies.Member)]
public sealed class ProfileModel(GetHcpProfile.Handler profiles, Liaison.Core.Data.LiaisonDbContext db) : PageModel
{
    public HcpProfile Hcp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await profiles.Handle(id, ct);
        if (!result.IsSuccess)
            // A record merged into another: its old address leads to the surviving record.
            return await db.HcpMerges.Where(m => m.DuplicateHcpId == id).Select(m => (Guid?)m.SurvivorHcpId).FirstOrDefaultAsync(ct) is { } survivor
                ? RedirectToPage(new { id = survivor }) : NotFound();
        Hcp = result.Value!;
        return Page();
    }
}
