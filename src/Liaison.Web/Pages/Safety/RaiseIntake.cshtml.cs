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
public sealed class RaiseIntakeModel(RaiseAdverseEventIntake.Handler raise, GetInteraction.Handler interactions) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? InteractionId { get; set; }
    [BindProperty] public RaiseAdverseEventIntake.Command Input { get; set; } = new();
    public RaiseAdverseEventIntake.View? Raised { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (InteractionId is { } id && (await interactions.Handle(id, ct)).Value is { } i)
        {
            var signal = i.SafetySignals.FirstOrDefault();
            Input = new RaiseAdverseEventIntake.Command
            {
                Kind = signal?.Kind ?? SafetySignalKind.AdverseEvent, InteractionId = id, ProductId = i.Products.FirstOrDefault()?.Id,
                ReporterHcpId = i.Attendees.FirstOrDefault(a => a.HcpId is not null)?.HcpId,
                Description = string.Join(" ", i.SafetySignals.Select(s => s.Sentence)), AwareAt = i.OccurredAt,
            };
        }
        else Input = Input with { AwareAt = DateTime.UtcNow, Kind = SafetySignalKind.AdverseEvent };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await raise.Handle(Input with { AwareAt = Input.AwareAt is { } a ? DateTime.SpecifyKind(a, DateTimeKind.Utc) : null }, ct);
        if (!result.IsSuccess)
        {
            result.Error!.AddTo(ModelState, nameof(Input));
            return Page();
        }
        Raised = result.Value;
        return Page();
    }
}
