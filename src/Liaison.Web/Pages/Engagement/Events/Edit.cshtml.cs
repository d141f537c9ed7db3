using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.Engagement.Events;

/// <summary>Plans an event or edits it. Speakers are typed one per line: an NPI, or a name, then "|" and the topic.</summary>
[Authorize(Policy = Policies.FieldTeam)]
public sealed class EditModel(GetEvent.Handler get, SaveEvent.Handler save, ListProducts.Handler products,
    InteractionChoices.Handler choices, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public EventFields Input { get; set; } = new();
    [BindProperty, StringLength(4000), Display(Name = "Speakers")] public string? Speakers { get; set; }
    [BindProperty] public long Version { get; set; }
    public EventView? Existing { get; private set; }
    public IReadOnlyList<SelectListItem> ProductOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var found = await get.Handle(id, ct);
            if (!found.IsSuccess) return NotFound();
            var e = Existing = found.Value!;
            Version = e.Version;
            Input = new EventFields
            {
                Kind = e.Kind, Title = e.Title, Series = e.Series, ProductId = e.ProductId, StartsAt = e.StartsAt, EndsAt = e.EndsAt,
                Channel = e.Channel, Place = e.Place, Agenda = e.Agenda, Capacity = e.Capacity, BudgetEstimated = e.BudgetEstimated,
                BudgetCommitted = e.BudgetCommitted, BudgetActual = e.BudgetActual, Status = e.Status,
            };
            Speakers = string.Join("\n", e.Speakers.Select(s => s.Topic is null ? s.Name : $"{s.Name} | {s.Topic}"));
        }
        else
        {
            var start = clock.GetUtcNow().UtcDateTime.Date.AddDays(14).AddHours(17);
            Input = new EventFields { Kind = EventKind.EducationalSession, Channel = InteractionChannel.InPerson, StartsAt = start, EndsAt = start.AddHours(2) };
        }
        await LoadProducts(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var speakers = await ParseSpeakers(ct);
            if (speakers.IsSuccess)
            {
                var fields = Input with { Speakers = speakers.Value!, StartsAt = Utc(Input.StartsAt), EndsAt = Utc(Input.EndsAt) };
                var result = Id is { } id ? await save.Update(id, Version, fields, ct) : await save.Create(fields, ct);
                if (result.IsSuccess) return RedirectToPage("Details", new { id = result.Value!.Id });
                result.Error!.AddTo(ModelState, nameof(Input));
            }
            else speakers.Error!.AddTo(ModelState);
        }
        await LoadProducts(ct);
        return Page();
    }

    private async Task<Result<List<SpeakerFields>>> ParseSpeakers(CancellationToken ct)
    {
        var list = new List<SpeakerFields>();
        foreach (var line in (Speakers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            var who = parts[0];
            var topic = parts.Length > 1 ? parts[1] : null;
            if (who.Length == 10 && who.All(char.IsAsciiDigit))
            {
                var hcp = await choices.HcpsByNpi(who, ct);
                if (!hcp.IsSuccess) return hcp.Error!;
                list.Add(new SpeakerFields { HcpId = hcp.Value![0], Topic = topic });
            }
            else list.Add(new SpeakerFields { Name = who, Topic = topic });
        }
        return list;
    }

    private static DateTime? Utc(DateTime? d) => d is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private async Task LoadProducts(CancellationToken ct) =>
        ProductOptions = (await products.Handle(new ListProducts.Query(), new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
}
