using Liaison.Core.Engagement;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents;

/// <summary>
/// The dashboard's engagement cards: follow-ups due and safety prompts for medical users; for everyone, the
/// engagement summary in counts (all a cross-functional viewer sees of field work).
/// </summary>
public sealed class EngagementCardsViewComponent(EngagementSummary.Handler summary, FollowUps.Handler followUps,
    SafetyPrompts.Handler prompts) : ViewComponent
{
    public sealed record Model(EngagementSummary.View Summary, IReadOnlyList<FollowUps.DueItem> Due,
        IReadOnlyList<SafetyPrompts.Prompt> Prompts, bool Medical);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var medical = Roles.Medical.Any(UserClaimsPrincipal.IsInRole);
        var due = medical ? (await followUps.Due(7, ct)).Value ?? [] : [];
        var pending = medical ? await prompts.Handle(30, ct) : [];
        return View(new Model(await summary.Handle(null, ct), due, pending, medical));
    }
}
