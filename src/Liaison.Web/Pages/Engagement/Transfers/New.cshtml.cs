using System.ComponentModel.DataAnnotations;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

[Authorize(Policy = Policies.TransferRecorder)]
public sealed class NewModel(RecordTransfer.Handler record, InteractionChoices.Handler choices, TimeProvider clock) : PageModel
{
    [BindProperty, Required, Display(Name = "HCP (NPI)")] public string Npi { get; set; } = "";
    [BindProperty] public TransferFields Input { get; set; } = new();
    public RecordedTransfer? Recorded { get; private set; }

    public void OnGet() => Input = new TransferFields { PaidOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Nature = PaymentNature.FoodAndBeverage };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var hcp = await choices.HcpsByNpi(Npi, ct);
        if (!hcp.IsSuccess || hcp.Value!.Count != 1) ModelState.AddModelError(nameof(Npi), hcp.Error?.Message ?? "Give one NPI.");
        else
        {
            ModelState.Remove("Input.HcpId");
            var result = await record.Handle(Input with { HcpId = hcp.Value[0] }, ct);
            if (result.IsSuccess) Recorded = result.Value;
            else result.Error!.AddTo(ModelState, nameof(Input));
        }
        return Page();
    }
}
