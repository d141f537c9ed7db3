using Liaison.Core.Common;
using Liaison.Core.Directory.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Liaison.Web.Security.Policies.Member)]
public sealed class IndexModel(SearchHcps.Handler search, Microsoft.AspNetCore.Authorization.IAuthorizationService auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Specialty { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zip { get; set; }
    [BindProperty(SupportsGet = true)] public double? RadiusKm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Territory { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<SearchHcps.Hit>? Result { get; private set; }
    public string? Problem { get; private set; }
    public bool Searched => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Specialty) || !string.IsNullOrWhiteSpace(State)
        || !string.IsNullOrWhiteSpace(City) || !string.IsNullOrWhiteSpace(Zip) || !string.IsNullOrWhiteSpace(Tier) || !string.IsNullOrWhiteSpace(Territory);

    /// <summary>Tier and territory filters are offered on the medical side of the firewall only.</summary>
    public bool Medical { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Medical = (await Microsoft.AspNetCore.Authorization.AuthorizationServiceExtensions.AuthorizeAsync(auth, User, Liaison.Web.Security.Policies.Medical)).Succeeded;
        if (!Searched) return;
        var result = await search.Handle(new SearchHcps.Query(Q, Specialty, State, City, Zip, RadiusKm, Tier, Territory),
            new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 25 }, ct);
        if (result.IsSuccess) Result = result.Value;
        else Problem = result.Error!.Message;
    }

    /// <summary>
    /// Up to eight HCPs for a name or NPI as typed (the search's relevance: the MSL's territory first), for the forms
    /// that pick attendees by name (<c>hcp-picker.js</c>). Only HCPs with an NPI: the forms take NPIs.
    /// </summary>
    public async Task<IActionResult> OnGetSuggestAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2) return new JsonResult(Array.Empty<object>());
        var result = await search.Handle(new SearchHcps.Query(q.Trim()), new PageRequest { Page = 1, PageSize = 8 }, ct);
        if (!result.IsSuccess) return new JsonResult(Array.Empty<object>());
        return new JsonResult(result.Value!.Items.Where(h => h.Npi is not null && h.Active).Select(h => new
        {
            h.Npi, h.Name, h.Credentials, h.Specialty, Place = string.Join(", ", new[] { h.City, h.State }.Where(s => !string.IsNullOrEmpty(s))),
        }));
    }
}
