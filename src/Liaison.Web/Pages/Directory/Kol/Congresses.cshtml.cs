using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory.Kol;

/// <summary>An HCP's congress presentations: the list, recording one from a congress programme, removing one recorded in error.</summary>
[Authorize(Policy = Policies.FieldMedical)]
public sealed class CongressesModel(CongressPresentations.Handler presentations, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CongressPresentations.Fields Input { get; set; } = new();
    public string HcpName { get; private set; } = "";
    public List<CongressPresentations.View> Presentations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await presentations.Record(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Recorded: {EnumText.Of(result.Value!.Role).ToLowerInvariant()} at {result.Value.Congress}. The influence score is recomputed.";
                return RedirectToPage(new { id = Id });
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid presentationId, long version, CancellationToken ct)
    {
        var result = await presentations.Remove(presentationId, version, ct);
        TempData.Tell(result, r => $"Removed the presentation at {r.Congress}.");
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await HcpNames.OfActiveAsync(db, Id, ct);
        if (name is null) return false;
        HcpName = name;
        Presentations = await presentations.OfHcp(Id, ct);
        return true;
    }
}
