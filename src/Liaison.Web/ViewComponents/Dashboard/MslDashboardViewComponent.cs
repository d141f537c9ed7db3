using Liaison.Core.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>
/// The MSL's dashboard (after <see cref="FieldRemindersViewComponent"/>): drafts to sign, their intakes to forward before the
/// 24-hour deadline, this quarter's plan progress, their territory and the next events. Only their own records.
/// </summary>
public sealed class MslDashboardViewComponent(MyInteractions.Handler interactions, IntakeClock.Handler intakes,
    PlanQuarterProgress.Handler plans, MyTerritory.Handler territory, UpcomingEvents.Handler events) : ViewComponent
{
    public sealed record Model(MyInteractions.View Interactions, IntakeClock.View Intakes, PlanQuarterProgress.View Plans,
        MyTerritory.View Territory, IReadOnlyList<UpcomingEvents.Item> Events);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        return View(new Model(
            (await interactions.Handle(5, ct)).Value!,
            (await intakes.Handle(5, ct)).Value!,
            (await plans.Handle(ct)).Value!,
            (await territory.Handle(5, ct)).Value!,
            (await events.Handle(5, ct)).Value ?? []));
    }
}
