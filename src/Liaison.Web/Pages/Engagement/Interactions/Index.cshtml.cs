using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Pages.Directory;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Interactions;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ListInteractions.Handler list, UserManager<Core.Identity.LiaisonUser> users, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public InteractionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public InteractionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? HcpId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    /// <summary>The HCP the list is narrowed to (<see cref="HcpId"/>), by name.</summary>
    public string? HcpName { get; private set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<InteractionSummary> Result { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (From > To) ModelState.AddModelError(nameof(To), "The end date is before the start date.");
        if (HcpId is { } hcp) HcpName = await HcpNames.OfAnyAsync(db, hcp, ct) ?? "an HCP not in the directory";
        // Dates are whole days, To included: the query's upper bound is exclusive.
        var from = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = From > To ? null : To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var result = await list.Handle(new ListInteractions.Query(HcpId, Mine ? users.GetUserId(User) : null, Kind, From: from, To: to,
                Status: Status),
            new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct);
        if (!result.IsSuccess) return Forbid();
        Result = result.Value!;
        return Page();
    }
}
