using Liaison.Core.Common;
using Liaison.Core.Dashboards;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Engagement.Plans;
using Liaison.Core.Impact;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>The MSL manager's dashboard: the team's month, plan progress across the team, change requests waiting, initiatives.</summary>
public sealed class ManagerDashboardViewComponent(TeamActivity.Handler activity, PlanProgressQuery.Handler plans,
    ListChangeRequests.Handler changes, ListInitiatives.Handler initiatives, TimeProvider clock) : ViewComponent
{
    public sealed record Model(IReadOnlyList<TeamActivity.Member> Team, int Year, IReadOnlyList<TeamMemberProgress> Plans,
        Paged<ChangeRequestView> PendingChanges, IReadOnlyList<InitiativeView> Initiatives);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var year = clock.GetUtcNow().Year;
        return View(new Model(
            (await activity.Handle(ct)).Value ?? [],
            year,
            (await plans.Team(year, ct)).Value ?? [],
            await changes.Handle(ChangeRequestStatus.Pending, null, new PageRequest { PageSize = 5 }, ct),
            await initiatives.Handle(ct)));
    }
}
