using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Interactions;

[Authorize(Policy = Policies.Medical)]
public sealed class DetailsModel(GetInteraction.Handler get, SignInteraction.Handler sign, AmendInteraction.Handler amendments,
    FollowUps.Handler followUps, UserManager<Core.Identity.LiaisonUser> users, TimeProvider clock) : PageModel
{
    public InteractionView Interaction { get; private set; } = null!;
    public IReadOnlyList<AmendInteraction.AmendmentView> Amendments { get; private set; } = [];
    public bool Mine => Interaction.OwnerId == users.GetUserId(User);
    /// <summary>An open follow-up due before this (UTC) day is overdue, as on the dashboard's reminders.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await get.Handle(id, ct);
        if (!found.IsSuccess) return NotFound();
        Interaction = found.Value!;
        Amendments = (await amendments.List(id, ct)).Value ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, long version, CancellationToken ct)
    {
        var result = await sign.Handle(id, version, ct);
        TempData["Flash"] = result.IsSuccess ? "Signed. The interaction is now locked; later changes are amendments." : result.Error!.Message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, Guid followUpId, CancellationToken ct)
    {
        var result = await followUps.Complete(followUpId, ct);
        TempData["Flash"] = result.IsSuccess ? "Follow-up done." : result.Error!.Message;
        return RedirectToPage(new { id });
    }
}
