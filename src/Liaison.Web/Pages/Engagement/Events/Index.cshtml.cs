using Liaison.Core.Common;
using Liaison.Core.Engagement.Events;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Events;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ListEvents.Handler list) : PageModel
{
    [BindProperty(SupportsGet = true)] public EventKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public EventStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<EventSummary> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = (await list.Handle(new ListEvents.Query(Kind, Status), new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct)).Value
                 ?? Result;
}
