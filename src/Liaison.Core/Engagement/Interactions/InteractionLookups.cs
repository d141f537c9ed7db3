using Liaison.Core.Directory;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Content;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// The lookups every interaction write makes, compiled: translating (or just finding in EF's cache, which compares
/// the whole expression tree) and extracting the parameters of each query was about a tenth of a logged
/// interaction's CPU. One set per provider: a compiled query keeps the executor of the first context it ran with,
/// and a SQLite and a PostgreSQL workspace can share a process (the tests, the benchmarks).
/// </summary>
internal sealed class InteractionLookups
{
    private static readonly InteractionLookups Sqlite = new(), Postgres = new();

    public static InteractionLookups For(LiaisonDbContext db) => db.IsSqlite ? Sqlite : Postgres;

    public sealed record MaterialRow(MaterialFacts Facts, string VersionLabel);

    private readonly Func<LiaisonDbContext, List<Guid>, IAsyncEnumerable<AttendeeView>> _hcps = EF.CompileAsyncQuery(
        // Erased people are not offered as attendees (see InteractionWriter for those already attending).
        (LiaisonDbContext db, List<Guid> ids) => db.Hcps.AsNoTracking().Where(h => ids.Contains(h.Id) && h.ErasedAt == null)
            .Select(h => new AttendeeView(h.Id, h.Npi, null,
                Hcp.NameOf(h.Pseudonym, h.NamePrefix, h.FirstName, h.LastName, h.Npi), h.Credentials)));

    private readonly Func<LiaisonDbContext, List<Guid>, IAsyncEnumerable<AttendeeView>> _advocates = EF.CompileAsyncQuery(
        (LiaisonDbContext db, List<Guid> ids) => db.PatientAdvocates.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new AttendeeView(null, null, a.Id, a.Name, a.Organisation)));

    private readonly Func<LiaisonDbContext, List<Guid>, IAsyncEnumerable<NamedRef>> _products = EF.CompileAsyncQuery(
        (LiaisonDbContext db, List<Guid> ids) => db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new NamedRef(p.Id, p.Name)));

    private readonly Func<LiaisonDbContext, List<Guid>, IAsyncEnumerable<MaterialRow>> _materials = EF.CompileAsyncQuery(
        (LiaisonDbContext db, List<Guid> ids) => db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new MaterialRow(
                new MaterialFacts(c.Id, c.Title, c.ProductId, p.Name, c.Status, c.ApprovedOn, c.ExpiresOn, c.OffLabel),
                c.VersionLabel)));

    // An empty list costs no query.
    public Task<List<AttendeeView>> HcpsAsync(LiaisonDbContext db, List<Guid> ids, CancellationToken ct) => List(_hcps, db, ids, ct);

    public Task<List<AttendeeView>> AdvocatesAsync(LiaisonDbContext db, List<Guid> ids, CancellationToken ct) =>
        List(_advocates, db, ids, ct);

    public Task<List<NamedRef>> ProductsAsync(LiaisonDbContext db, List<Guid> ids, CancellationToken ct) => List(_products, db, ids, ct);

    public Task<List<MaterialRow>> MaterialsAsync(LiaisonDbContext db, List<Guid> ids, CancellationToken ct) =>
        List(_materials, db, ids, ct);

    private static async Task<List<T>> List<T>(Func<LiaisonDbContext, List<Guid>, IAsyncEnumerable<T>> query, LiaisonDbContext db,
        List<Guid> ids, CancellationToken ct)
    {
        var list = new List<T>(ids.Count);
        if (ids.Count == 0) return list;
        await foreach (var row in query(db, ids).WithCancellation(ct)) list.Add(row);
        return list;
    }
}
