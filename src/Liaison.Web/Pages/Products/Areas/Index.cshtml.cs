using Liaison.Core.Common;
using Liaison.Core.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Products.Areas;

public sealed class IndexModel(ListTherapeuticAreas.Handler areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Archived { get; set; }
    public IReadOnlyList<TherapeuticAreaView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = (await areas.Handle(Archived, new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items;
}
