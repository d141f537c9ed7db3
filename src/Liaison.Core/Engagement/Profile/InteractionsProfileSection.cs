using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Profile;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Profile;

/// <summary>
/// The HCP profile's interaction timeline (medical only): every interaction the actor may see with this HCP, newest
/// first, up to <see cref="Limit"/>, with the counts above it. The profile page renders it with quick capture.
/// </summary>
public sealed class InteractionsProfileSection(LiaisonDbContext db) : IHcpProfileSection
{
    public const int Limit = 500;

    public sealed record Item(Guid Id, DateTime OccurredAt, InteractionKind Kind, InteractionChannel Channel, InteractionStatus Status,
        int Amendments, string Owner, IReadOnlyList<string> Topics, IReadOnlyList<string> Products, string? NotesExcerpt);

    public sealed record Data(Guid HcpId, int Total, int Signed, DateTime? Last, int Shown, IReadOnlyList<Item> Timeline);

    public string Key => "interactions";
    public string Title => "Interactions";
    // First of the sections: quick capture is what an MSL opens a profile for, above a KOL's long evidence lists.
    public int Order => 5;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsMedical()) return null;
        var visible = db.Interactions.AsNoTracking().VisibleTo(db, actor)
            .Where(i => db.InteractionAttendees.Any(a => a.InteractionId == i.Id && a.HcpId == hcpId));
        // One row past the limit says whether there are more, which only then are counted.
        var rows = await visible.OrderByDescending(i => i.OccurredAt).Take(Limit + 1)
            .Select(i => new
            {
                i.Id, i.OccurredAt, i.Kind, i.Channel, i.Status, i.AmendmentCount, i.OwnerId, i.Topics,
                Excerpt = i.Notes == null ? null : i.Notes.Substring(0, 140),
            })
            .ToListAsync(ct);
        var total = rows.Count <= Limit ? rows.Count : await visible.CountAsync(ct);
        if (rows.Count > Limit) rows.RemoveAt(Limit);
        var ids = rows.Select(r => r.Id).ToList();
        var products = (await db.InteractionProducts.AsNoTracking().Where(p => ids.Contains(p.InteractionId))
                .Join(db.Products, ip => ip.ProductId, p => p.Id, (ip, p) => new { ip.InteractionId, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.InteractionId, p => p.Name);
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var items = rows.Select(r => new Item(r.Id, r.OccurredAt, r.Kind, r.Channel, r.Status, r.AmendmentCount,
            owners.GetValueOrDefault(r.OwnerId, "(former user)"), r.Topics, products[r.Id].OrderBy(n => n).ToList(), r.Excerpt)).ToList();
        return new Data(hcpId, total, items.Count(i => i.Status == InteractionStatus.Signed), items.FirstOrDefault()?.OccurredAt,
            items.Count, items);
    }
}
