using Liaison.Core.Common;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Products;

[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(GetProduct.Handler get, SaveProduct.Handler save, ArchiveProduct.Handler archive,
    ListTherapeuticAreas.Handler areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ProductFields Input { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    public ProductView? Existing { get; private set; }
    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var found = await get.Handle(id, ct);
            if (!found.IsSuccess) return NotFound();
            Existing = found.Value!;
            Version = Existing.Version;
            Input = new ProductFields
            {
                Code = Existing.Code, Name = Existing.Name, GenericName = Existing.GenericName,
                TherapeuticAreaId = Existing.TherapeuticAreaId, ApprovedIndications = Existing.ApprovedIndications,
            };
        }
        await LoadAreas(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = Id is { } id ? await save.Update(id, Version, Input, ct) : await save.Create(Input, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Saved {result.Value!.Name}.";
                return RedirectToPage("Index");
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        if (Id is { } existing) Existing = (await get.Handle(existing, ct)).Value;
        await LoadAreas(ct);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken ct) => SetArchived(true, ct);
    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) => SetArchived(false, ct);

    private async Task<IActionResult> SetArchived(bool archived, CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        var result = await archive.Handle(id, Version, archived, ct);
        if (!result.IsSuccess)
        {
            TempData[PageOutcome.Refused] = result.Error!.Message;
            return RedirectToPage("Edit", new { id });
        }
        TempData["Flash"] = archived ? $"Archived {result.Value!.Name}." : $"Restored {result.Value!.Name}.";
        return RedirectToPage("Index");
    }

    private async Task LoadAreas(CancellationToken ct) =>
        AreaOptions = (await areas.Handle(false, new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items
            .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToList();
}
