using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Engagement.Interactions;

/// <summary>Logs a new interaction, edits a draft, or (quick capture from an HCP profile) logs one in a few keystrokes.</summary>
[Authorize(Policy = Policies.FieldTeam)]
public sealed class EditModel(GetInteraction.Handler get, RecordInteraction.Handler record, EditInteraction.Handler edit,
    InteractionChoices.Handler choices, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public InteractionForm Input { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    public InteractionView? Existing { get; private set; }
    public InteractionFormView Form { get; private set; } = null!;
    public bool Locked => Existing?.Status == InteractionStatus.Signed;

    public async Task<IActionResult> OnGetAsync(Guid? hcpId, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var found = await get.Handle(id, ct);
            if (!found.IsSuccess) return NotFound();
            Existing = found.Value!;
            Version = Existing.Version;
            Input = InteractionForm.From(Existing);
        }
        else
        {
            var now = db.UtcNow;
            Input.OccurredAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
            if (hcpId is { } hcp) Input.Npis = await db.Hcps.Where(h => h.Id == hcp).Select(h => h.Npi).FirstOrDefaultAsync(ct);
        }
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
                var fields = Input.ToFields(hcps.Value!);
                var result = Id is { } id ? await edit.Handle(id, Version, fields, ct) : await record.Handle(fields, ct);
                if (result.IsSuccess)
                {
                    TempData["Flash"] = Id is null ? "Interaction logged as a draft. Sign it when it is complete." : "Draft saved.";
                    return RedirectToPage("Details", new { id = result.Value!.Id });
                }
                result.Error!.AddTo(ModelState, nameof(Input));
            }
        }
        if (Id is { } existing) Existing = (await get.Handle(existing, ct)).Value;
        await LoadForm(ct);
        return Page();
    }

    /// <summary>
    /// Quick capture from the HCP profile: kind, channel, notes and topics; now; the HCP attending. What it cannot log (a kind
    /// or channel not among the choices, topics too long, a rule of the use case) shows the full form with what was typed and
    /// why: it logged the first kind in place of an unreadable one, and a refusal's flash on the profile lost the notes.
    /// </summary>
    public async Task<IActionResult> OnPostQuickAsync(Guid hcpId, InteractionKind? kind, InteractionChannel? channel, string? notes,
        string? topics, Guid? productId, CancellationToken ct)
    {
        // The quick form's values it could not read (or that held a NUL, NulFreePageRequests), re-keyed to the full form's fields. Input, not posted, was bound from the
        // quick form's names (the binder's fallback to no prefix) and refused for what the quick form does not ask: replaced.
        var unreadable = QuickFields.SelectMany(f => ModelState.TryGetValue(f.Key, out var entry)
            ? entry.Errors.Take(1).Select(e => (Field: f.Value, e.ErrorMessage)) : []).ToList();
        ModelState.Clear();
        foreach (var (field, message) in unreadable) ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        Input = new InteractionForm
        {
            Kind = kind, Channel = channel, OccurredAt = db.UtcNow, Notes = notes, Topics = topics, ProductIds = productId is { } p ? [p] : [],
            Npis = await db.Hcps.Where(h => h.Id == hcpId).Select(h => h.Npi).FirstOrDefaultAsync(ct),
        };
        if (ModelState.IsValid && TryValidateModel(Input, nameof(Input)))
        {
            var result = await record.Handle(Input.ToFields([hcpId]), ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = "Interaction logged as a draft. Review and sign it here.";
                return RedirectToPage("Details", new { id = result.Value!.Id });
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        await LoadForm(ct);
        return Page();
    }

    private static readonly Dictionary<string, string> QuickFields = new()
    {
        ["kind"] = nameof(InteractionForm.Kind), ["channel"] = nameof(InteractionForm.Channel),
        ["hcpId"] = nameof(InteractionForm.Npis), ["productId"] = nameof(InteractionForm.ProductIds),
        ["notes"] = nameof(InteractionForm.Notes), ["topics"] = nameof(InteractionForm.Topics),
    };

    private async Task LoadForm(CancellationToken ct) =>
        Form = new InteractionFormView(Input.WithBlankFollowUps(), await choices.Handle(ct), DateOnly.FromDateTime(db.UtcNow));
}
