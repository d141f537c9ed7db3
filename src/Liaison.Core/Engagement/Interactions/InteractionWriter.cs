using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// Checks an interaction's fields against the workspace and applies them to the tracked entity, changing only
/// what changed so the audit trail says exactly that. Shared by logging, editing a draft and amending.
/// </summary>
[CoreService]
public sealed class InteractionWriter(LiaisonDbContext db, IProductCertifications certifications)
{
    /// <summary>What the fields named, as readers see it: enough to answer without reading the record back.</summary>
    public sealed record Named(IReadOnlyList<AttendeeView> Attendees, IReadOnlyList<NamedRef> Products, IReadOnlyList<MaterialView> Materials);

    public async Task<Result<Named>> ApplyAsync(Interaction interaction, InteractionFields f, CancellationToken ct)
    {
        // Checked here, not only by the API's validation: the pages and any other caller write through this too.
        for (var n = 0; n < f.FollowUps.Count; n++)
        {
            if (f.FollowUps[n] is not { } followUp) return Error.Invalid($"FollowUps[{n}]", $"Follow-up {n + 1} is empty.");
            if (string.IsNullOrWhiteSpace(followUp.Description))
                return Error.Invalid($"FollowUps[{n}].Description", $"Follow-up {n + 1} needs a description.");
            if (followUp.DueOn is null)
                return Error.Invalid($"FollowUps[{n}].DueOn", $"Follow-up {n + 1} (\"{followUp.Description.Trim()}\") needs a due date.");
            // A year 1 due date heads every list of overdue follow-ups; one years ahead is a typing slip too.
            if (DateWindow.Outside($"FollowUps[{n}].DueOn", followUp.DueOn.Value, DateOnly.FromDateTime(db.UtcNow).AddYears(2),
                    $"follow-up {n + 1}: from 2000 to two years ahead") is { } due)
                return due;
        }
        var hcpIds = f.HcpIds.Distinct().ToList();
        var advocateIds = f.AdvocateIds.Distinct().ToList();
        var productIds = f.ProductIds.Distinct().ToList();
        var materialIds = f.MaterialIds.Distinct().ToList();
        if (hcpIds.Count + advocateIds.Count == 0)
            return Error.Invalid(nameof(f.HcpIds), "Add at least one attendee: an HCP or a patient-advocacy representative.");
        if (f.Kind == InteractionKind.ScientificExchange && hcpIds.Count == 0)
            return Error.Invalid(nameof(f.HcpIds), "A one-to-one scientific exchange needs an HCP.");
        // Each lookup also fetches the names the answer shows.
        var queries = InteractionLookups.For(db);
        var hcps = await queries.HcpsAsync(db, hcpIds, ct);
        if (hcps.Count != hcpIds.Count)
        {
            var missing = await AttendeesNotOfferedAsync(interaction, hcpIds.Except(hcps.Select(h => h.HcpId!.Value)).ToList(), ct);
            if (!missing.IsSuccess) return missing.Error!;
            hcps.AddRange(missing.Value!);
        }
        var advocates = await queries.AdvocatesAsync(db, advocateIds, ct);
        if (advocates.Count != advocateIds.Count)
            return Error.Invalid(nameof(f.AdvocateIds), "A patient-advocacy representative was not found.");
        var products = await queries.ProductsAsync(db, productIds, ct);
        if (products.Count != productIds.Count) return Error.Invalid(nameof(f.ProductIds), "A product was not found.");
        if (f.EventId is { } eventId && !await db.MedicalEvents.AnyAsync(e => e.Id == eventId, ct))
            return Error.Invalid(nameof(f.EventId), "The event was not found.");
        var topics = f.Topics.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (topics.Any(t => t.Length > 80)) return Error.Invalid(nameof(f.Topics), "A topic is at most 80 characters.");

        var occurredAt = DateTime.SpecifyKind(f.OccurredAt!.Value, DateTimeKind.Utc);
        if (DateWindow.Outside(nameof(f.OccurredAt), occurredAt, db.UtcNow.AddYears(1), "an interaction: from 2000 to a year ahead") is { } when)
            return when;
        var request = await RequestFacts(f.UnsolicitedRequestId, ct);
        if (f.UnsolicitedRequestId is not null && request is null)
            return Error.Invalid(nameof(f.UnsolicitedRequestId), "The unsolicited request was not found.");
        var materials = await CheckMaterials(interaction, materialIds, hcpIds, occurredAt, f.DurationMinutes, request, ct);
        if (!materials.IsSuccess) return materials.Error!;

        interaction.Kind = f.Kind!.Value;
        interaction.Channel = f.Channel!.Value;
        interaction.OccurredAt = occurredAt;
        interaction.DurationMinutes = f.DurationMinutes;
        interaction.Place = Clean(f.Place);
        interaction.Notes = Clean(f.Notes);
        if (!topics.SequenceEqual(interaction.Topics)) interaction.Topics = topics;
        interaction.UnsolicitedRequestId = f.UnsolicitedRequestId;
        interaction.EventId = f.EventId;
        interaction.Shared = f.Shared;
        interaction.UpdatedAt = db.UtcNow;
        Replace(interaction, hcpIds, advocateIds, productIds);
        ReplaceFollowUps(interaction, f.FollowUps);
        return new Named([.. hcps.OrderBy(h => h.Name), .. advocates.OrderBy(a => a.Name)], products.OrderBy(p => p.Name).ToList(),
            materials.Value!.OrderBy(m => m.Title).ToList());
    }

    /// <summary>The names of what the interaction holds now, as readers see them (for a change that renames nothing).</summary>
    public async Task<Named> NamesAsync(Interaction interaction, CancellationToken ct)
    {
        var queries = InteractionLookups.For(db);
        var hcpIds = interaction.Attendees.Where(a => a.HcpId is not null).Select(a => a.HcpId!.Value).ToList();
        var advocateIds = interaction.Attendees.Where(a => a.AdvocateId is not null).Select(a => a.AdvocateId!.Value).ToList();
        var productIds = interaction.Products.Select(p => p.ProductId).ToList();
        var materialIds = interaction.Materials.Select(m => m.ContentItemId).ToList();
        var hcps = await queries.HcpsAsync(db, hcpIds, ct);
        var advocates = await queries.AdvocatesAsync(db, advocateIds, ct);
        var products = await queries.ProductsAsync(db, productIds, ct);
        var materials = await queries.MaterialsAsync(db, materialIds, ct);
        return new Named([.. hcps.OrderBy(h => h.Name), .. advocates.OrderBy(a => a.Name)], products.OrderBy(p => p.Name).ToList(),
            materials.Select(r => (Row: r, Attached: interaction.Materials.First(m => m.ContentItemId == r.Facts.Id)))
                .Select(x => new MaterialView(x.Row.Facts.Id, x.Row.Facts.Title, x.Row.VersionLabel, x.Attached.OffLabel,
                    x.Attached.Certification))
                .OrderBy(m => m.Title).ToList());
    }

    private async Task<Result<List<MaterialView>>> CheckMaterials(Interaction interaction, List<Guid> materialIds, List<Guid> hcpIds,
        DateTime occurredAt, int durationMinutes, RequestFacts? request, CancellationToken ct)
    {
        var ends = occurredAt.AddMinutes(durationMinutes);
        var rows = await InteractionLookups.For(db).MaterialsAsync(db, materialIds, ct);
        var facts = rows.Select(r => r.Facts).ToList();
        if (facts.Count != materialIds.Count) return Error.Invalid("MaterialIds", "A material was not found in the content library.");
        var usedOn = DateOnly.FromDateTime(occurredAt);
        var dateChanged = interaction.OccurredAt != occurredAt;
        var existing = interaction.Materials.ToDictionary(m => m.ContentItemId);
        foreach (var m in facts)
        {
            var known = existing.ContainsKey(m.Id) && !dateChanged;
            string? refusal;
            if (known) refusal = MaterialRules.OffLabelRefusal(m, request, hcpIds, ends);
            else
            {
                var standing = await certifications.StandingAsync(interaction.OwnerId, m.ProductId, usedOn, ct);
                refusal = MaterialRules.Refusal(m, usedOn, request, hcpIds, standing, ends);
                if (refusal is null)
                {
                    if (existing.TryGetValue(m.Id, out var attached)) attached.Certification = standing;
                    else
                        interaction.Materials.Add(Track(new InteractionMaterial
                        {
                            Id = Guid.CreateVersion7(), InteractionId = interaction.Id, ContentItemId = m.Id,
                            OffLabel = m.OffLabel, Certification = standing, AttachedAt = db.UtcNow,
                        }));
                }
            }
            if (refusal is not null) return Error.Invalid("MaterialIds", refusal);
        }
        interaction.Materials.RemoveAll(m => !materialIds.Contains(m.ContentItemId));
        return rows.Select(r => new MaterialView(r.Facts.Id, r.Facts.Title, r.VersionLabel, r.Facts.OffLabel,
            interaction.Materials.First(m => m.ContentItemId == r.Facts.Id).Certification)).ToList();
    }

    /// <summary>
    /// Attendees the lookup did not give: an erased person already attending stays (an edit or amendment of the record
    /// keeps them, pseudonymised); an erased person newly added is refused (no new records after a data-subject erasure);
    /// any other is not in the directory.
    /// </summary>
    private async Task<Result<List<AttendeeView>>> AttendeesNotOfferedAsync(Interaction interaction, List<Guid> ids, CancellationToken ct)
    {
        var erased = await db.Hcps.AsNoTracking().Where(h => ids.Contains(h.Id) && h.ErasedAt != null)
            .Select(h => new AttendeeView(h.Id, h.Npi, null, Hcp.NameOf(h.Pseudonym, h.NamePrefix, h.FirstName, h.LastName, h.Npi), h.Credentials))
            .ToListAsync(ct);
        if (erased.Count != ids.Count) return Error.Invalid("HcpIds", "An attendee is not in the directory.");
        if (erased.FirstOrDefault(e => interaction.Attendees.All(a => a.HcpId != e.HcpId)) is { } added)
            return Error.Invalid("HcpIds", NewRecordSubject.Erased(added.Name));
        return erased;
    }

    private async Task<RequestFacts?> RequestFacts(Guid? requestId, CancellationToken ct) =>
        requestId is not { } id
            ? null
            : await db.UnsolicitedRequests.AsNoTracking().Where(r => r.Id == id)
                .Select(r => new RequestFacts(r.Id, r.UnsolicitedAttested, r.ProductId, r.RequesterHcpId, r.ReceivedAt)).FirstOrDefaultAsync(ct);

    private void Replace(Interaction i, List<Guid> hcpIds, List<Guid> advocateIds, List<Guid> productIds)
    {
        i.Attendees.RemoveAll(a => a.HcpId is { } h ? !hcpIds.Contains(h) : !advocateIds.Contains(a.AdvocateId!.Value));
        foreach (var h in hcpIds.Where(h => i.Attendees.All(a => a.HcpId != h)))
            i.Attendees.Add(Track(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = i.Id, HcpId = h }));
        foreach (var a in advocateIds.Where(a => i.Attendees.All(x => x.AdvocateId != a)))
            i.Attendees.Add(Track(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = i.Id, AdvocateId = a }));
        i.Products.RemoveAll(p => !productIds.Contains(p.ProductId));
        foreach (var p in productIds.Where(p => i.Products.All(x => x.ProductId != p)))
            i.Products.Add(Track(new InteractionProduct { InteractionId = i.Id, ProductId = p }));
    }

    private void ReplaceFollowUps(Interaction i, List<FollowUpFields> wanted)
    {
        var keep = wanted.Select(w => (Description: w.Description.Trim(), DueOn: w.DueOn!.Value)).Distinct().ToList();
        // Completed follow-ups are history: an edit never drops them.
        i.FollowUps.RemoveAll(f => f.CompletedAt is null && !keep.Contains((f.Description, f.DueOn)));
        foreach (var (description, dueOn) in keep.Where(k => !i.FollowUps.Any(f => f.Description == k.Description && f.DueOn == k.DueOn)))
            i.FollowUps.Add(Track(new FollowUp
            {
                Id = Guid.CreateVersion7(), InteractionId = i.Id, OwnerId = i.OwnerId, Description = description, DueOn = dueOn,
            }));
    }

    // A child with a preset key found through a navigation would be taken for an existing row: add it explicitly.
    private T Track<T>(T child) where T : class
    {
        db.Add(child);
        return child;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
