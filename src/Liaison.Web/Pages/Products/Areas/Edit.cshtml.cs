using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Products.Areas;

[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(ListTherapeuticAreas.Handler read, SaveTherapeuticArea.Handler save) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public TherapeuticAreaFields Input { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    public TherapeuticAreaView? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id) return Page();
        var found = await read.Get(id, ct);
        if (!found.IsSuccess) return NotFound();
        Existing = found.Value!;
        Version = Existing.Version;
        Input = new TherapeuticAreaFields { Code = Existing.Code, Name = Existing.Name, Description = Existing.Description };
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
        if (Id is { } existing) Existing = (await read.Get(existing, ct)).Value;
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken ct) => SetArchived(true, ct);
    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) => SetArchived(false, ct);

    private async Task<IActionResult> SetArchived(bool archived, CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        var result = await save.Archive(id, Version, archived, ct);
        TempData.Tell(result, r => archived ? $"Archived {r.Name}." : $"Restored {r.Name}.");
        return result.IsSuccess ? RedirectToPage("Index") : RedirectToPage("Edit", new { id });
    }
}
