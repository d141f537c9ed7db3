using Liaison.Core.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>Compliance's dashboard (beside the latest audit entries, <see cref="LatestAuditEntriesViewComponent"/>): the audit chain's state, HCPs near their caps, off-label use.</summary>
public sealed class ComplianceDashboardViewComponent(AuditChainStatus.Handler chain,
    HcpsNearCaps.Handler caps, OffLabelUse.Handler offLabel) : ViewComponent
{
    public const int OffLabelDays = 90;

    public sealed record Model(AuditChainStatus.View Chain,
        IReadOnlyList<HcpsNearCaps.Item> NearCaps, OffLabelUse.View OffLabel);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        return View(new Model(
            await chain.Handle(ct),
            (await caps.Handle(10, ct)).Value ?? [],
            (await offLabel.Handle(OffLabelDays, 10, ct)).Value!));
    }
}
