using System.ComponentModel.DataAnnotations;
using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory.Privacy;

/// <summary>Erasure of a person (admin, with a reason).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(EraseHcp.Handler erase, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, Required, StringLength(1000, MinimumLength = 5)] public string Reason { get; set; } = "";
    public string HcpName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await erase.Handle(Id, new EraseHcp.Command(Reason), ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState);
            return Page();
        }
        TempData["Flash"] = $"Erased: the record is now {result.Value!.Pseudonym}.";
        return Redirect($"/Directory/Profile/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await HcpNames.OfActiveAsync(db, Id, ct);
        HcpName = name ?? "";
        return name is not null;
    }
}
