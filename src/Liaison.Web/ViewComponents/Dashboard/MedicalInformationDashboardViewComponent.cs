using Liaison.Core.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>Medical Information's dashboard: unsolicited requests not yet answered, by age, oldest first.</summary>
public sealed class MedicalInformationDashboardViewComponent(OpenRequestsByAge.Handler requests) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View((await requests.Handle(8, HttpContext.RequestAborted)).Value!);
}
