using Liaison.Core.Engagement;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement;

/// <summary>Field engagement in aggregate: what every role, the cross-functional viewer included, may see.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class SummaryModel(EngagementSummary.Handler summary) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public EngagementSummary.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Liaison.Core.Common.CalendarYear.Problem(Year) is not null) Year = null; // ?year=0 in the address: the last twelve months
        View = await summary.Handle(Year, ct);
    }
}
