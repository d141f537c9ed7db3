using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Compliance;

[Authorize(Policy = Policies.AuditReader)]
public sealed class AuditModel(SearchAuditTrail.Handler search, VerifyAuditChain.Handler verify) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<SearchAuditTrail.Item> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<string> Entities { get; private set; } = [];
    public VerifyAuditChain.Report? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entities = await search.Entities(ct);
        // To is a whole day, included: compared as days here, since the query's exclusive end is the day after.
        if (From > To)
        {
            ModelState.AddModelError(nameof(To), "The end date is before the start date.");
            return;
        }
        var query = new SearchAuditTrail.Query(Entity, Key, Actor, Action,
            From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var found = await search.Handle(query, new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct);
        if (found.IsSuccess) Result = found.Value!;
        else found.Error!.AddTo(ModelState);
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await verify.Handle(ct);
        await OnGetAsync(ct);
    }
}
