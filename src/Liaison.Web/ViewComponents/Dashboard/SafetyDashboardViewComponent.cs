using Liaison.Core.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>Pharmacovigilance's dashboard: every intake against the 24-hour clock, overdue first.</summary>
public sealed class SafetyDashboardViewComponent(IntakeClock.Handler intakes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View((await intakes.Handle(20, HttpContext.RequestAborted)).Value!);
}
