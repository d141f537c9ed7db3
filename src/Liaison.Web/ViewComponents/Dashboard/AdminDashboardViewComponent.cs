using Liaison.Core.Common;
using Liaison.Core.Dashboards;
using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>The admin's dashboard: users, live API tokens, the latest imports and data-change requests to decide.</summary>
public sealed class AdminDashboardViewComponent(LiaisonDbContext db, RecentImports.Handler imports, ListChangeRequests.Handler changes)
    : ViewComponent
{
    public sealed record Model(int Users, int ActiveTokens, IReadOnlyList<RecentImports.Item> Imports, Paged<ChangeRequestView> PendingChanges);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var now = db.UtcNow;
        return View(new Model(
            await db.Users.CountAsync(ct),
            await db.ApiTokens.CountAsync(t => t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct),
            await imports.Handle(5, ct),
            await changes.Handle(ChangeRequestStatus.Pending, null, new PageRequest { PageSize = 5 }, ct)));
    }
}
