using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// HCP search's statements for its most common shapes, as compiled queries: EF Core would otherwise build, walk and hash
/// the expression tree of each statement on every search (measured: about a tenth of a search's CPU). The shapes: a
/// specialty and place filter alone (no name, one NUCC code at most, no radius, no capability filter or preference; an
/// absent filter is a null parameter, which EF Core leaves out of the SQL it generates for those values, so each
/// combination runs the statement the composed query would); on SQLite, a name alone (the FTS5 count and page); and the
/// rows of given entries (the misspellings a page shows). Other shapes compose their queries as before. One set per
/// provider: a compiled query keeps the executor of the first context it ran on.
/// </summary>
internal sealed class CompiledSearchQueries
{
    private static readonly CompiledSearchQueries Sqlite = new(), Postgres = new();

    public static CompiledSearchQueries For(LiaisonDbContext db) => db.IsSqlite ? Sqlite : Postgres;

    /// <summary>A page in name order, each entry with its HCP (the page cut before the join).</summary>
    public Func<LiaisonDbContext, string?, string?, string?, string?, int, int, IAsyncEnumerable<SearchHcps.Row>> Page { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string? code, string? state, string? city, string? zip5, int skip, int take) =>
            db.HcpSearchEntries.AsNoTracking()
                .Where(e => (code == null || e.Specialty == code) && (state == null || e.State == state)
                    && (city == null || e.City == city) && (zip5 == null || e.Zip5 == zip5))
                .OrderBy(e => e.SortName).ThenBy(e => e.Key).Skip(skip).Take(take)
                .Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, SearchHcps.RowOf));

    public Func<LiaisonDbContext, string?, string?, string?, string?, CancellationToken, Task<int>> Count { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string? code, string? state, string? city, string? zip5, CancellationToken ct) =>
            db.HcpSearchEntries.Count(e => (code == null || e.Specialty == code) && (state == null || e.State == state)
                && (city == null || e.City == city) && (zip5 == null || e.Zip5 == zip5)));

    /// <summary>SQLite: how many names match the FTS5 query (every word a prefix), read from the name index alone.</summary>
    public Func<LiaisonDbContext, string, CancellationToken, Task<int>> NameCount { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string fts5, CancellationToken ct) => db.HcpNameIndex.Count(n => n.Query == fts5));

    /// <summary>SQLite: a page of the names matching the FTS5 query, surnames starting with the first word first, then by name.</summary>
    public Func<LiaisonDbContext, string, string, int, int, IAsyncEnumerable<SearchHcps.Row>> NamePage { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, string fts5, string first, int skip, int take) =>
            db.HcpSearchEntries.AsNoTracking()
                .Where(e => db.HcpNameIndex.Where(n => n.Query == fts5).Select(n => n.Key).Contains(e.Key))
                .OrderBy(e => e.SortName.StartsWith(first) ? 0 : 1).ThenBy(e => e.SortName).ThenBy(e => e.Key).Skip(skip).Take(take)
                .Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, SearchHcps.RowOf));

    /// <summary>The entries of <c>keys</c> (a page's worth at most) with their HCPs, in no order.</summary>
    public Func<LiaisonDbContext, List<long>, IAsyncEnumerable<SearchHcps.Row>> Rows { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, List<long> keys) =>
            db.HcpSearchEntries.AsNoTracking().Where(e => keys.Contains(e.Key))
                .Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, SearchHcps.RowOf));
}
