using Liaison.Core.Engagement.Calendar;
using Liaison.Web.Api;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement;

/// <summary>The user's secret iCal feed address: issue (shown once), replace, revoke.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class CalendarModel(CalendarFeeds.Handler feeds) : PageModel
{
    public CalendarFeeds.Status Status { get; private set; } = new(false, null, null);
    public string? NewUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Status = await feeds.Current(ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var token = await feeds.Issue(ct);
        if (token.IsSuccess) NewUrl = CalendarFeedEndpoint.UrlFor(Request, token.Value!);
        Status = await feeds.Current(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await feeds.Revoke(ct);
        TempData["Flash"] = "Calendar feed revoked: its address no longer works.";
        return RedirectToPage();
    }
}
