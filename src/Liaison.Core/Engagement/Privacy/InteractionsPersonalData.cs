using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Engagement.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Privacy;

/// <summary>
/// The interactions a person attended: every one in the export (notes, topics, products, materials, follow-ups), and
/// on erasure the rule below.
/// </summary>
/// <remarks>
/// The rule. An interaction is the MSL's signed record of their own work, and other people's data (co-attendees, the
/// MSL's activity, plan progress) depends on it, so it stays, with its attendee link now pointing at the pseudonymised
/// record. What identifies the person is free text: where they were the interaction's only attendee, the notes, the
/// follow-ups and the amendment snapshots are about them, and are removed — unless a regulatory record relies on the
/// interaction: an adverse-event intake raised from it, a transfer of value linked to it, or an unsolicited request it
/// answered (the licence for off-label material). Those stay intact as the evidence of that record. Notes of group
/// interactions are about the group and stay.
/// </remarks>
internal sealed class InteractionsPersonalData : IHcpPersonalData
{
    public string Section => "interactions";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.InteractionAttendees.Where(a => a.HcpId == hcpId).Select(a => a.InteractionId).Distinct().ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.Interactions.AsNoTracking().Where(i => db.InteractionAttendees.Any(a => a.InteractionId == i.Id && a.HcpId == hcpId))
            .OrderBy(i => i.OccurredAt)
            .Select(i => new
            {
                i.Id, i.Kind, i.Channel, i.OccurredAt, i.DurationMinutes, i.Place, i.Notes, i.Topics, i.Status, i.SignedAt, i.SignedBy,
                i.AmendmentCount, i.Shared,
                msl = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                products = db.InteractionProducts.Where(p => p.InteractionId == i.Id)
                    .Join(db.Products, p => p.ProductId, p => p.Id, (_, p) => p.Name).ToList(),
                materials = db.InteractionMaterials.Where(m => m.InteractionId == i.Id)
                    .Join(db.ContentItems, m => m.ContentItemId, c => c.Id, (_, c) => c.Title).ToList(),
                followUps = db.FollowUps.Where(f => f.InteractionId == i.Id).Select(f => new { f.Description, f.DueOn, f.CompletedAt }).ToList(),
            })
            // Products, materials and follow-ups in statements of their own, not as their product in one.
            .AsSplitQuery()
            .ToListAsync(ct);

    public async Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct)
    {
        var about = await AboutOnlyThePerson(db, hcpId).Select(i => i.Id).ToListAsync(ct);
        if (about.Count == 0) return 0;
        var on = DateOnly.FromDateTime(db.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var removed = $"[Removed on {on}: the attendee's personal data was erased.]";
        await db.Interactions.Where(i => about.Contains(i.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Notes, i => i.Notes == null ? null : removed).SetProperty(i => i.UpdatedAt, db.UtcNow)
            .SetProperty(i => i.Version, i => i.Version + 1), ct);
        await db.FollowUps.Where(f => about.Contains(f.InteractionId)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Description, removed), ct);
        await db.InteractionAmendments.Where(a => about.Contains(a.InteractionId)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Before, """{"erased":true}""").SetProperty(a => a.After, """{"erased":true}"""), ct);
        return about.Count;
    }

    /// <summary>Interactions whose only attendee is the person and on which no regulatory record relies.</summary>
    private static IQueryable<Interaction> AboutOnlyThePerson(LiaisonDbContext db, Guid hcpId) =>
        db.Interactions.Where(i => db.InteractionAttendees.Any(a => a.InteractionId == i.Id && a.HcpId == hcpId)
            && !db.InteractionAttendees.Any(a => a.InteractionId == i.Id && (a.HcpId == null || a.HcpId != hcpId))
            && i.UnsolicitedRequestId == null
            && !db.AdverseEventIntakes.Any(x => x.InteractionId == i.Id)
            && !db.TransfersOfValue.Any(t => t.InteractionId == i.Id));
}
