using Liaison.Core.Compliance.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>The newest audit entries, on the dashboards of compliance and admins (once for a user who is both).</summary>
public sealed class LatestAuditEntriesViewComponent(SearchAuditTrail.Handler audit) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await audit.Handle(new SearchAuditTrail.Query(), new() { PageSize = 8 }, HttpContext.RequestAborted)).Value!.Items);
}
