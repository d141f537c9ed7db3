using Liaison.Core.Common;
using Liaison.Core.Directory.Changes;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory.ChangeRequests;

[Authorize(Policy = Policies.FieldMedical)]
public sealed class IndexModel(ListChangeRequests.Handler list, DecideChange.Handler decide, IAuthorizationService auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public ChangeRequestStatus? Status { get; set; } = ChangeRequestStatus.Pending;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<ChangeRequestView> Requests { get; private set; } = new([], 0, 1, 50);
    public bool CanDecide { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanDecide = (await auth.AuthorizeAsync(User, Policies.Admin)).Succeeded;
        Requests = await list.Handle(Status, null, new PageRequest(Math.Max(1, PageNumber), 50), ct);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, long version, string? note, CancellationToken ct) => Decide(id, version, note, true, ct);
    public Task<IActionResult> OnPostRejectAsync(Guid id, long version, string? note, CancellationToken ct) => Decide(id, version, note, false, ct);

    private async Task<IActionResult> Decide(Guid id, long version, string? note, bool approve, CancellationToken ct)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.Admin)).Succeeded) return Forbid();
        // A note refused as posted (it held a NUL: NulFreePageRequests) decides nothing: nobody read the note that would be kept.
        var result = ModelState.FirstRefusal() is { } refused ? refused
            : approve ? await decide.Approve(id, version, note, ct) : await decide.Reject(id, version, note, ct);
        TempData.Tell(result, _ => $"Request {(approve ? "approved and applied" : "rejected")}.");
        return RedirectToPage();
    }
}
