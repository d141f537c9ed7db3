using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory.Kol;

[Authorize(Policy = Policies.Admin)]
public sealed class ThresholdsModel(SetTierThresholds.Handler set, LinkEvidence.Handler links, RecomputeInfluence.Handler recompute, LiaisonDbContext db) : PageModel
{
    [BindProperty] public double T1 { get; set; }
    [BindProperty] public double T2 { get; set; }
    [BindProperty] public double T3 { get; set; }
    [BindProperty] public long Version { get; set; }
    public Dictionary<string, int> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var t = await TierThresholds.LoadAsync(db, ct);
        (T1, T2, T3, Version) = (t.T1, t.T2, t.T3, t.Version);
        await CountAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A threshold the binder could not read (or that held a NUL) is refused as posted, not saved as the 0 it bound to.
        if (ModelState.IsValid)
        {
            var result = await set.Handle(new SetTierThresholds.Command(T1, T2, T3), Version, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Thresholds saved: T1 ≥ {T1}, T2 ≥ {T2}, T3 ≥ {T3}; every HCP re-tiered.";
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState);
        }
        await CountAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecomputeAsync(CancellationToken ct)
    {
        var linked = await links.UnlinkedAsync(ct);
        var s = await recompute.Handle(ct);
        TempData["Flash"] = $"{s.Scored} HCPs scored (T1 {s.T1}, T2 {s.T2}, T3 {s.T3}, T4 {s.T4}); {linked.HighConfidence + linked.ForReview} new links.";
        return RedirectToPage();
    }

    private async Task CountAsync(CancellationToken ct) =>
        Counts = await db.InfluenceScores.GroupBy(s => s.Tier).OrderBy(g => g.Key).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.N, ct);
}
