using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory.Consents;

[Authorize(Policy = Policies.FieldMedical)]
public sealed class IndexModel(HcpConsents.Handler consents, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public HcpConsents.Record Input { get; set; } = new();
    public string HcpName { get; private set; } = "";
    /// <summary>The UTC day the empty form is filled with, which the page's script turns into the reader's own today.</summary>
    public string? UtcToday { get; private set; }
    public List<ConsentView> Consents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input = Input with { GivenOn = DateOnly.FromDateTime(db.UtcNow) };
        UtcToday = Input.GivenOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await consents.Add(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Recorded consent: {result.Value!.Channel}, {result.Value.Purpose}.";
                return RedirectToPage(new { id = Id });
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid consentId, long version, string? note, CancellationToken ct)
    {
        var result = await consents.Withdraw(consentId, version, new HcpConsents.Withdrawal(null, note), ct);
        TempData.Tell(result, _ => "Withdrawal recorded.");
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await HcpNames.OfActiveAsync(db, Id, ct);
        if (name is null) return false;
        HcpName = name;
        Consents = await consents.OfHcp(Id, ct);
        return true;
    }
}
