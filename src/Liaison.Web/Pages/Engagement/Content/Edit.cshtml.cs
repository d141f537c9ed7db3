using Liaison.Core.Common;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Engagement.Content;

/// <summary>Uploads a material (file and metadata) or edits a material's metadata; a version's file never changes.</summary>
[Authorize(Policy = Policies.ContentManager)]
[RequestSizeLimit(SaveContent.MaxRequestBytes)]
public sealed class EditModel(ContentLibrary.Handler library, SaveContent.Handler save, ListProducts.Handler products) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ContentFields Input { get; set; } = new() { Status = ApprovalStatus.Draft, Audience = ContentAudience.HealthcareProfessionals };
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public long Version { get; set; }
    public ContentView? Existing { get; private set; }
    public IReadOnlyList<SelectListItem> ProductOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var found = await library.Get(id, ct);
            if (!found.IsSuccess) return NotFound();
            Existing = found.Value!;
            Version = Existing.Version;
            Input = new ContentFields
            {
                Title = Existing.Title, DocumentCode = Existing.DocumentCode, VersionLabel = Existing.VersionLabel, ProductId = Existing.ProductId,
                Status = Existing.Status, ApprovedOn = Existing.ApprovedOn, ExpiresOn = Existing.ExpiresOn, OffLabel = Existing.OffLabel,
                Audience = Existing.Audience,
            };
        }
        await LoadProducts(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is null && Upload is null) ModelState.AddModelError(nameof(Upload), "Choose the material's file.");
        if (ModelState.IsValid)
        {
            Result<ContentView> result;
            if (Id is { } id) result = await save.Update(id, Version, Input, ct);
            else
            {
                using var buffer = new MemoryStream();
                await Upload!.CopyToAsync(buffer, ct);
                result = await save.Upload(Input, Upload.FileName, Upload.ContentType, buffer.ToArray(), ct);
            }
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Saved {result.Value!.Title} (SHA-256 {result.Value.Sha256[..12]}…).";
                return RedirectToPage("Index");
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        if (Id is { } existing) Existing = (await library.Get(existing, ct)).Value;
        await LoadProducts(ct);
        return Page();
    }

    private async Task LoadProducts(CancellationToken ct) =>
        ProductOptions = (await products.Handle(new ListProducts.Query(), new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
}
