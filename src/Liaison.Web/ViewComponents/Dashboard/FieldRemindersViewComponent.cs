using Liaison.Core.Engagement.Interactions;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>
/// What anyone who logs interactions (MSLs and managers) must not forget: notes that read like an adverse event with
/// no intake raised yet, and their follow-ups due within a week or overdue.
/// </summary>
public sealed class FieldRemindersViewComponent(FollowUps.Handler followUps, SafetyPrompts.Handler prompts) : ViewComponent
{
    public sealed record Model(IReadOnlyList<FollowUps.DueItem> Due, IReadOnlyList<SafetyPrompts.Prompt> Prompts);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        return View(new Model((await followUps.Due(7, ct)).Value ?? [], await prompts.Handle(30, ct)));
    }
}
