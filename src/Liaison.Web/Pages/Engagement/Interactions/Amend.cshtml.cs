using System.ComponentModel.DataAnnotations;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Interactions;

/// <summary>Amends a signed interaction: the corrected record and the reason; the signed version is kept.</summary>
[Authorize(Policy = Policies.FieldTeam)]
public sealed class AmendModel(GetInteraction.Handler get, AmendInteraction.Handler amend, InteractionChoices.Handler choices,
    LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InteractionForm Input { get; set; } = new();
    [BindProperty, Required, StringLength(2000, MinimumLength = 5), Display(Name = "Reason for the amendment")]
    public string Reason { get; set; } = "";
    [BindProperty] public long Version { get; set; }
    public InteractionView Existing { get; private set; } = null!;
    public InteractionFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await get.Handle(Id, ct);
        if (!found.IsSuccess) return NotFound();
        Existing = found.Value!;
        if (Existing.Status != InteractionStatus.Signed) return RedirectToPage("Edit", new { id = Id });
        Version = Existing.Version;
        Input = InteractionForm.From(Existing);
        await LoadForm(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var hcps = await choices.HcpsByNpi(Input.Npis, ct);
            if (!hcps.IsSuccess) hcps.Error!.AddTo(ModelState, nameof(Input));
            else
            {
                var result = await amend.Handle(Id, Version, new AmendmentFields { Reason = Reason, Interaction = Input.ToFields(hcps.Value!) }, ct);
                if (result.IsSuccess)
                {
                    TempData["Flash"] = $"Amendment {result.Value!.AmendmentCount} recorded with its reason; the signed version is kept.";
                    return RedirectToPage("Details", new { id = Id });
                }
                result.Error!.AddTo(ModelState, nameof(Input));
            }
        }
        var found = await get.Handle(Id, ct);
        if (!found.IsSuccess) return NotFound();
        Existing = found.Value!;
        await LoadForm(ct);
        return Page();
    }

    private async Task LoadForm(CancellationToken ct) =>
        Form = new InteractionFormView(Input.WithBlankFollowUps(), await choices.Handle(ct), DateOnly.FromDateTime(db.UtcNow));
}
