using System.ComponentModel.DataAnnotations;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.Plans;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Plans;

[Authorize(Policy = Policies.FieldTeam)]
public sealed class EditModel(PlanProgressQuery.Handler plans, SavePlan.Handler save, InteractionChoices.Handler choices, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty, Required, Display(Name = "KOL (NPI)")] public string Npi { get; set; } = "";
    [BindProperty] public PlanFields Input { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    public PlanView? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var found = await plans.Get(id, ct);
            if (!found.IsSuccess) return NotFound();
            var p = Existing = found.Value!;
            Version = p.Version;
            Npi = p.Npi ?? "";
            Input = new PlanFields
            {
                HcpId = p.HcpId, Year = p.Year, Objectives = p.Objectives,
                Quarters = p.Quarters.Select(q => new QuarterFields { Objective = q.Objective, PlannedTouchpoints = q.Planned }).ToList(),
            };
        }
        else Input = new PlanFields { Year = clock.GetUtcNow().Year, Quarters = Enumerable.Range(0, 4).Select(_ => new QuarterFields { PlannedTouchpoints = 1 }).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // HcpId comes from the NPI, never from the form: its "required" error would only repeat the NPI's.
        ModelState.Remove("Input.HcpId");
        var hcp = await choices.HcpsByNpi(Npi, ct);
        if (!hcp.IsSuccess || hcp.Value!.Count != 1)
        {
            if (!string.IsNullOrWhiteSpace(Npi)) ModelState.AddModelError(nameof(Npi), hcp.Error?.Message ?? "Give one NPI.");
        }
        else if (ModelState.IsValid) // the form's ranges (year, touchpoints) first: a plan for 1900 or -4 touchpoints was saved
        {
            var fields = Input with { HcpId = hcp.Value[0] };
            var result = Id is { } id ? await save.Update(id, Version, fields, ct) : await save.Create(fields, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Plan for {result.Value!.HcpName} saved.";
                return RedirectToPage("Index", new { year = result.Value.Year });
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        if (Id is { } existing) Existing = (await plans.Get(existing, ct)).Value;
        while (Input.Quarters.Count < 4) Input.Quarters.Add(new QuarterFields());
        return Page();
    }
}
