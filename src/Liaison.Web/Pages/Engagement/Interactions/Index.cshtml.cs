using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Interactions;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ListInteractions.Handler list, UserManager<Core.Identity.LiaisonUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public InteractionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public InteractionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? HcpId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<InteractionSummary> Result { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await list.Handle(new ListInteractions.Query(HcpId, Mine ? users.GetUserId(User) : null, Kind, Status: Status),
            new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct);
        if (!result.IsSuccess) return Forbid();
        Result = result.Value!;
        return Page();
    }
}
