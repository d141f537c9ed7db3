using Liaison.Core.Engagement;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents;

/// <summary>
/// The dashboard's engagement summary in counts, for everyone: all a cross-functional viewer sees of field work (the
/// medical/commercial firewall). <c>detailed</c> adds the breakdowns by month, kind and product — still counts only.
/// </summary>
public sealed class EngagementCardsViewComponent(EngagementSummary.Handler summary) : ViewComponent
{
    public sealed record Model(EngagementSummary.View Summary, bool Detailed);

    public async Task<IViewComponentResult> InvokeAsync(bool detailed = false) =>
        View(new Model(await summary.Handle(null, HttpContext.RequestAborted), detailed));
}
