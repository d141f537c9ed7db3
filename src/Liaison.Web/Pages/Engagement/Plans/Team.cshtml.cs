using Liaison.Core.Engagement.Plans;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Plans;

/// <summary>The manager view: each MSL's plans for the year and how far along they are.</summary>
[Authorize(Policy = Policies.TeamLead)]
public sealed class TeamModel(PlanProgressQuery.Handler plans, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<TeamMemberProgress> Team { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= clock.GetUtcNow().Year;
        Team = (await plans.Team(Year.Value, ct)).Value ?? [];
    }
}
