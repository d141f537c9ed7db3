using Liaison.Core.Common;
using Liaison.Core.Directory.Territories;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory.Territories;

[Authorize(Policy = Policies.Medical)]
public sealed class IndexModel(ListTerritories.Handler territories, IAuthorizationService auth) : PageModel
{
    public Paged<TerritoryView> Territories { get; private set; } = new([], 0, 1, 200);
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = (await auth.AuthorizeAsync(User, Policies.TerritoryManager)).Succeeded;
        Territories = await territories.Handle(null, new PageRequest(1, PageRequest.MaxPageSize), ct);
    }
}
