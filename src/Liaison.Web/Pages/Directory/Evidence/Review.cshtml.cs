using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory.Evidence;

[Authorize(Policy = Policies.FieldMedical)]
public sealed class ReviewModel(ListEvidenceLinks.Handler links, ReviewEvidenceLink.Handler review) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Show { get; set; } = "review";
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<ListEvidenceLinks.Item> Links { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Show switch
        {
            "counting" => new ListEvidenceLinks.Query(Counting: true),
            "rejected" => new ListEvidenceLinks.Query(Status: LinkStatus.Rejected),
            _ => new ListEvidenceLinks.Query(Status: LinkStatus.Suggested, Counting: false),
        };
        Links = await links.Handle(query, new PageRequest(Math.Max(1, PageNumber), 50), ct);
    }

    public Task<IActionResult> OnPostConfirmAsync(Guid id, long version, string? returnUrl, CancellationToken ct) => Decide(id, version, true, returnUrl, ct);
    public Task<IActionResult> OnPostRejectAsync(Guid id, long version, string? returnUrl, CancellationToken ct) => Decide(id, version, false, returnUrl, ct);

    private async Task<IActionResult> Decide(Guid id, long version, bool confirm, string? returnUrl, CancellationToken ct)
    {
        var result = await review.Handle(id, version, confirm, ct);
        TempData.Tell(result, r => $"{(confirm ? "Confirmed" : "Rejected")}: {r.Person} as {r.HcpName}.");
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }
}
