using System.ComponentModel.DataAnnotations;
using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory.ChangeRequests;

[Authorize(Policy = Policies.FieldMedical)]
public sealed class ProposeModel(ProposeChange.Handler propose, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid HcpId { get; set; }
    [BindProperty] public ChangeRequestKind Kind { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? MiddleName { get; set; }
    [BindProperty] public string? Credentials { get; set; }
    [BindProperty] public string? Duplicate { get; set; }
    [BindProperty, Required, StringLength(2000, MinimumLength = 3)] public string Reason { get; set; } = "";
    public string HcpName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Guid? duplicate = null;
        if (Kind == ChangeRequestKind.Merge)
        {
            var d = Duplicate?.Trim() ?? "";
            duplicate = Guid.TryParse(d, out var g) ? g : await db.Hcps.Where(h => h.Npi == d).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
            if (duplicate is null) { ModelState.AddModelError(nameof(Duplicate), "No HCP has this NPI or id."); return Page(); }
        }
        var values = new Dictionary<string, string?>();
        void Put(string field, string? v) { if (!string.IsNullOrWhiteSpace(v)) values[field] = v; }
        Put("LastName", LastName);
        Put("FirstName", FirstName);
        Put("MiddleName", MiddleName);
        Put("Credentials", Credentials);
        var result = await propose.Handle(new ProposeChange.Command(Kind, HcpId, duplicate, Kind == ChangeRequestKind.Correction ? values : null, Reason), ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState);
            return Page();
        }
        TempData["Flash"] = "Proposed: an admin will review it.";
        return Redirect($"/Directory/Profile/{HcpId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await HcpNames.OfActiveAsync(db, HcpId, ct);
        HcpName = name ?? "";
        return name is not null;
    }
}
