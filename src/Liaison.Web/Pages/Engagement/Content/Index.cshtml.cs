using Liaison.Core.Common;
using Liaison.Core.Engagement.Content;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Content;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ContentLibrary.Handler library, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public ApprovalStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool UsableOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<ContentView> Result { get; private set; } = new([], 0, 1, 50);
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Result = await library.List(new ContentLibrary.Query(Search, null, Status, null, UsableOnly),
            new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct);
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct)
    {
        var file = await library.File(id, ct);
        if (!file.IsSuccess) return NotFound();
        return File(file.Value!.Bytes, file.Value.MediaType, file.Value.FileName);
    }
}
