using Liaison.Core.Impact;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Impact;

[Authorize(Policy = Policies.ImpactResults)]
public sealed class IndexModel(ListInitiatives.Handler initiatives) : PageModel
{
    public IReadOnlyList<InitiativeView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await initiatives.Handle(ct);
}
