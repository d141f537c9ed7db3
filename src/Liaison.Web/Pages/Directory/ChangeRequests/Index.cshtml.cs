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
    /// <summary>The note field (<see cref="NoteField"/>) of the request whose decision was refused: shown again beside its row.</summary>
    public string? Refused { get; private set; }

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
        if (result.IsSuccess)
        {
            TempData.Tell(result, _ => $"Request {(approve ? "approved and applied" : "rejected")}.");
            return RedirectToPage();
        }
        // Refused (someone decided or changed it meanwhile, a note the binder refused): the list as it is now, the note
        // as typed on its request's row with why, so the decision is made again without typing the note again.
        ModelState.Clear();
        var why = result.Error!.Kind == ErrorKind.PreconditionFailed
            ? "Someone changed this request since you read the page. It is shown below as it is now: check it and decide again."
            : result.Error.Fields?.Values.First()[0] ?? result.Error.Message;
        ModelState.AddModelError(NoteField(id), why);
        await OnGetAsync(ct);
        Refused = NoteField(id);
        return Page();
    }

    /// <summary>The id of a request's note field, and the key its refused decision is kept under (every note is named "note").</summary>
    public static string NoteField(Guid id) => $"note-{id}";

    /// <summary>The note as posted when <paramref name="field"/>'s decision was refused, else null.</summary>
    public string? TypedNote(string field) => Refused == field && Request.HasFormContentType ? Request.Form["note"].ToString() : null;
}
