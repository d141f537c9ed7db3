using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Safety;
using Liaison.Core.Safety.Detection;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Safety;

/// <summary>
/// Raises an AE or product-complaint intake, prefilled from the interaction whose notes the detector flagged: the
/// sentence, the product, the HCP, and the time learned (the interaction's time, which the MSL corrects if need be).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class RaiseIntakeModel(RaiseAdverseEventIntake.Handler raise, GetInteraction.Handler interactions, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? InteractionId { get; set; }
    [BindProperty] public RaiseAdverseEventIntake.Command Input { get; set; } = new();
    /// <summary>The intake just raised, carried over the redirect (reloading the confirmation must not raise it again).</summary>
    public Confirmation? Raised { get; private set; }

    public sealed record Confirmation(DateTime AwareAt, DateTime ForwardBy, Guid? InteractionId, bool Late);

    /// <summary>What the intake is raised from, named: the form carries only the ids.</summary>
    public sealed record Source(Guid InteractionId, string Kind, DateTime OccurredAt, string? Product, string? Reporter);

    public Source? RaisedFrom { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (TempData["RaisedIntake"] is string raised
            && System.Text.Json.JsonSerializer.Deserialize<Confirmation>(raised) is { } confirmation)
        {
            Raised = confirmation;
            return;
        }
        if (InteractionId is { } id && (await interactions.Handle(id, ct)).Value is { } i)
        {
            Name(i);
            var signal = i.SafetySignals.FirstOrDefault();
            Input = new RaiseAdverseEventIntake.Command
            {
                Kind = signal?.Kind ?? SafetySignalKind.AdverseEvent, InteractionId = id, ProductId = i.Products.FirstOrDefault()?.Id,
                ReporterHcpId = i.Attendees.FirstOrDefault(a => a.HcpId is not null)?.HcpId,
                Description = string.Join(" ", i.SafetySignals.Select(s => s.Sentence)), AwareAt = i.OccurredAt,
            };
        }
        else Input = Input with { AwareAt = clock.GetUtcNow().UtcDateTime, Kind = SafetySignalKind.AdverseEvent };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Again(ct);
        var result = await raise.Handle(Input with { AwareAt = Input.AwareAt is { } a ? DateTime.SpecifyKind(a, DateTimeKind.Utc) : null }, ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState, nameof(Input));
            return await Again(ct);
        }
        var r = result.Value!;
        TempData["RaisedIntake"] = System.Text.Json.JsonSerializer.Serialize(
            new Confirmation(r.AwareAt, r.ForwardBy, r.InteractionId, r.ForwardBy < clock.GetUtcNow().UtcDateTime));
        return RedirectToPage();
    }

    private async Task<IActionResult> Again(CancellationToken ct)
    {
        if (Input.InteractionId is { } id && (await interactions.Handle(id, ct)).Value is { } i) Name(i);
        return Page();
    }

    private void Name(InteractionView i) => RaisedFrom = new Source(i.Id, i.Kind.Describe(), i.OccurredAt,
        i.Products.FirstOrDefault(p => p.Id == (Input.ProductId ?? i.Products.FirstOrDefault()?.Id))?.Name,
        i.Attendees.FirstOrDefault(a => a.HcpId is not null && a.HcpId == (Input.ReporterHcpId ?? i.Attendees.FirstOrDefault(x => x.HcpId is not null)?.HcpId))?.Name);
}
