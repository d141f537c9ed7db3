using Liaison.Core.Common;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

/// <summary>A year's transfers of value: each HCP's total against the caps, and the payments.</summary>
[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ListTransfers.Handler transfers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<ListTransfers.HcpYearTotal> Totals { get; private set; } = [];
    public Paged<TransferView> Payments { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= clock.GetUtcNow().Year;
        Totals = (await transfers.Totals(Year.Value, ct)).Value ?? [];
        Payments = (await transfers.Handle(new ListTransfers.Query(Year: Year), new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct))
            .Value ?? Payments;
    }
}
