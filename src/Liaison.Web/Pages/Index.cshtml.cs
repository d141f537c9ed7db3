using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages;

/// <summary>
/// The dashboard: one set of panels per role the user holds (view components under ViewComponents/Dashboard), then
/// the engagement summary in counts and the reference data. Each panel links to the page where its work is done.
/// </summary>
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    public int Products { get; private set; }
    public int Areas { get; private set; }
    public bool IsDemo { get; private set; }

    public bool Sees(params string[] roles) => roles.Any(User.IsInRole);

    /// <summary>On the medical side of the firewall; a viewer gets the engagement breakdowns instead (counts only).</summary>
    public bool Medical => Roles.Medical.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Products = await db.Products.CountAsync(p => p.ArchivedAt == null, ct);
        Areas = await db.TherapeuticAreas.CountAsync(a => a.ArchivedAt == null, ct);
        IsDemo = await db.WorkspaceSettings.AnyAsync(s => s.Key == WorkspaceSetting.IsDemo, ct);
    }
}
