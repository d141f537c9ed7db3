using Liaison.Core.Engagement.Plans;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Plans;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(PlanProgressQuery.Handler plans, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= clock.GetUtcNow().Year;
        Plans = (await plans.List(new PlanProgressQuery.Query(Year), ct)).Value ?? [];
    }
}
