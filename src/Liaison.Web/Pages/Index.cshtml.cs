using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages;

/// <summary>The dashboard: what each role needs first, as counts and short lists.</summary>
public sealed class IndexModel(LiaisonDbContext db, SearchAuditTrail.Handler audit) : PageModel
{
    public int Products { get; private set; }
    public int Areas { get; private set; }
    public int Users { get; private set; }
    public int ActiveTokens { get; private set; }
    public IReadOnlyList<SearchAuditTrail.Item> RecentAudit { get; private set; } = [];
    public bool IsDemo { get; private set; }

    public bool Sees(params string[] roles) => roles.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Products = await db.Products.CountAsync(p => p.ArchivedAt == null, ct);
        Areas = await db.TherapeuticAreas.CountAsync(a => a.ArchivedAt == null, ct);
        IsDemo = await db.WorkspaceSettings.AnyAsync(s => s.Key == WorkspaceSetting.IsDemo, ct);
        if (Sees(Roles.Admin))
        {
            Users = await db.Users.CountAsync(ct);
            var now = db.UtcNow;
            ActiveTokens = await db.ApiTokens.CountAsync(t => t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        }
        if (Sees(Roles.Compliance, Roles.Admin))
            RecentAudit = (await audit.Handle(new SearchAuditTrail.Query(), new() { PageSize = 8 }, ct)).Items;
    }
}
