using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The search by specialty and place alone (no name, one NUCC code at most, no radius, no capability filter or
/// preference), the directory's most common filter, as compiled queries: EF Core would otherwise build, walk and hash
/// the expression tree of each of its statements on every search (measured: about a tenth of a search's CPU). An
/// absent filter is a null parameter, which EF Core leaves out of the SQL it generates for those values, so each
/// combination runs the same statement as the composed query. One set per provider: a compiled query keeps the
/// executor of the first context it ran on.
/// </summary>
internal sealed class PlainSearchQueries
{
    private static readonly PlainSearchQueries Sqlite = new(), Postgres = new();

    public static PlainSearchQueries For(LiaisonDbContext db) => db.IsSqlite ? Sqlite : Postgres;

    /// <summary>A page in name order, each entry with its HCP (the page cut before the join).</summary>
    public Func<LiaisonDbContext, string?, string?, string?, string?, int, int, IAsyncEnumerable<SearchHcps.Row>> Page { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string? code, string? state, string? city, string? zip5, int skip, int take) =>
            db.HcpSearchEntries.AsNoTracking()
                .Where(e => (code == null || e.Specialty == code) && (state == null || e.State == state)
                    && (city == null || e.City == city) && (zip5 == null || e.Zip5 == zip5))
                .OrderBy(e => e.SortName).ThenBy(e => e.Key).Skip(skip).Take(take)
                .Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, (e, h) => new SearchHcps.Row(e.Key, h.Id, h.Npi, h.LastName,
                    h.FirstName, h.MiddleName, h.Credentials, e.Specialty, e.City, e.State, e.Zip5, e.IsActive, h.Pseudonym)));

    public Func<LiaisonDbContext, string?, string?, string?, string?, CancellationToken, Task<int>> Count { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string? code, string? state, string? city, string? zip5, CancellationToken ct) =>
            db.HcpSearchEntries.Count(e => (code == null || e.Specialty == code) && (state == null || e.State == state)
                && (city == null || e.City == city) && (zip5 == null || e.Zip5 == zip5)));
}
