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
}
