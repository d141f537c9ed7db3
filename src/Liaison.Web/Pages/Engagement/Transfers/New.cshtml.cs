using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

[Authorize(Policy = Policies.TransferRecorder)]
public sealed class NewModel(RecordTransfer.Handler record, InteractionChoices.Handler choices, ListEvents.Handler events, TimeProvider clock)
    : PageModel
{
    [BindProperty, Required, Display(Name = "HCP (NPI)")] public string Npi { get; set; } = "";
    [BindProperty] public TransferFields Input { get; set; } = new();
    /// <summary>What the last post recorded ("Recorded 120.00 USD …") and its cap warnings, carried over the redirect.</summary>
    [TempData] public string? RecordedMessage { get; set; }
    [TempData] public string[]? RecordedWarnings { get; set; }
    /// <summary>The events a payment can belong to; each option shows the day the event starts in the reader's time zone.</summary>
    public IReadOnlyList<EventSummary> EventOptions { get; private set; } = [];
    /// <summary>The UTC day the empty form is filled with, which the page's script turns into the reader's own today.</summary>
    public string? UtcToday { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new TransferFields { PaidOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Nature = PaymentNature.FoodAndBeverage };
        UtcToday = Input.PaidOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await LoadEvents(ct);
    }

    private async Task LoadEvents(CancellationToken ct) =>
        EventOptions = (await events.Handle(new ListEvents.Query(), new PageRequest { PageSize = 100 }, ct)).Value?.Items ?? [];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // HcpId comes from the NPI, never from the form: its "required" error would only repeat the NPI's.
        ModelState.Remove("Input.HcpId");
        // A decimal comma ("12,50") would bind as a thousands separator: 1,250.00. Asked for in one way only.
        if (Request.Form["Input.Amount"].ToString().Contains(',', StringComparison.Ordinal))
            ModelState.AddModelError("Input.Amount", "Write the amount with a point before the cents and no thousands separator, e.g. 1250.50.");
        var hcp = await choices.HcpsByNpi(Npi, ct);
        if (!hcp.IsSuccess || hcp.Value!.Count != 1)
        {
            if (!string.IsNullOrWhiteSpace(Npi)) ModelState.AddModelError(nameof(Npi), hcp.Error?.Message ?? "Give one NPI.");
        }
        else if (ModelState.IsValid)
        {
            var result = await record.Handle(Input with { HcpId = hcp.Value[0] }, ct);
            if (result.IsSuccess)
            {
                // Post, redirect, get: reloading the page that says "Recorded" must not record the payment again.
                var t = result.Value!.Transfer;
                RecordedMessage = $"Recorded {t.Amount:N2} USD ({t.NatureName}) to {t.HcpName}.";
                RecordedWarnings = result.Value.Warnings.Select(w => w.Message).ToArray();
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        await LoadEvents(ct);
        return Page();
    }
}
