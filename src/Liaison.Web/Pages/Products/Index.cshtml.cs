using Liaison.Core.Common;
using Liaison.Core.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Products;

public sealed class IndexModel(ListProducts.Handler products, ListTherapeuticAreas.Handler areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Area { get; set; }
    [BindProperty(SupportsGet = true)] public bool Archived { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Paged<ProductView> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await products.Handle(new ListProducts.Query(Search, Area, Archived),
            new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct);
        AreaOptions = (await areas.Handle(false, new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == Area)).ToList();
    }
}
