using Liaison.Core.Data;
using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Links unlinked payments to directory HCPs: by NPI, then by a CMS profile id already linked, then (payments without
/// an NPI) by the one HCP of that name with a practice address in the payment's state.
/// </summary>
internal static class ExternalPaymentLinks
{
    public static async Task<int> LinkAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var byNpi = await db.ExternalPayments.Where(p => p.HcpId == null && p.Npi != null && db.Hcps.Any(h => h.Npi == p.Npi))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.HcpId, p => db.Hcps.Where(h => h.Npi == p.Npi).Select(h => (Guid?)h.Id).First()), ct);
        return byNpi + await ByProfileAsync(db, ct) + await ByNameAsync(db, ct);
    }

    // The two below match in memory, in one pass over each table: as correlated queries (one per payment) they took a
    // minute for twenty thousand payments against five thousand HCPs, and grew with the product of the two.

    private static async Task<int> ByProfileAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var hcpOf = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var p in db.ExternalPayments.AsNoTracking().Where(p => p.HcpId != null && p.ProfileId != null)
                           .Select(p => new { ProfileId = p.ProfileId!, HcpId = p.HcpId!.Value }).Distinct().AsAsyncEnumerable().WithCancellation(ct))
            hcpOf.TryAdd(p.ProfileId, p.HcpId);
        if (hcpOf.Count == 0) return 0;
        var links = new List<(Guid, Guid)>();
        await foreach (var p in db.ExternalPayments.AsNoTracking().Where(p => p.HcpId == null && p.ProfileId != null)
                           .Select(p => new { p.Id, ProfileId = p.ProfileId! }).AsAsyncEnumerable().WithCancellation(ct))
            if (hcpOf.TryGetValue(p.ProfileId, out var hcp)) links.Add((p.Id, hcp));
        return await SaveAsync(db, links, ct);
    }

    private static async Task<int> ByNameAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var unlinked = db.ExternalPayments.AsNoTracking().Where(p => p.HcpId == null && p.Npi == null);
        var names = (await unlinked.Select(p => new { p.LastName, p.FirstName, p.State }).Distinct().ToListAsync(ct))
            .Select(n => (n.LastName, n.FirstName, n.State)).ToHashSet();
        if (names.Count == 0) return 0;
        // Null: more than one HCP has the name in the state, so none is taken.
        var hcpOf = new Dictionary<(string, string, string?), Guid?>();
        var practices = from a in db.HcpAddresses.AsNoTracking()
                        where a.Kind == AddressKind.Practice
                        join h in db.Hcps on a.HcpId equals h.Id
                        select new { h.Id, h.LastName, h.FirstName, a.State };
        await foreach (var c in practices.AsAsyncEnumerable().WithCancellation(ct))
        {
            var name = (c.LastName.ToUpperInvariant(), c.FirstName.ToUpperInvariant(), c.State);
            if (names.Contains(name)) hcpOf[name] = hcpOf.TryGetValue(name, out var seen) && seen != c.Id ? null : c.Id;
        }
        var links = new List<(Guid, Guid)>();
        await foreach (var p in unlinked.Select(p => new { p.Id, p.LastName, p.FirstName, p.State }).AsAsyncEnumerable().WithCancellation(ct))
            if (hcpOf.GetValueOrDefault((p.LastName, p.FirstName, p.State)) is { } hcp) links.Add((p.Id, hcp));
        return await SaveAsync(db, links, ct);
    }

    /// <summary>Sets each payment's HCP by primary key, a chunk per save.</summary>
    private static async Task<int> SaveAsync(LiaisonDbContext db, List<(Guid Payment, Guid Hcp)> links, CancellationToken ct)
    {
        foreach (var chunk in links.Chunk(5000))
        {
            foreach (var (payment, hcp) in chunk) db.ExternalPayments.Attach(new ExternalPayment { Id = payment }).Entity.HcpId = hcp;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return links.Count;
    }
}
