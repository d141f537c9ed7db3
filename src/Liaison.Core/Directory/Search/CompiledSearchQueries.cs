using System.Linq.Expressions;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
// The compiled misspelling statement: the context, the lower and upper bound of seven key ranges, the excluded FTS5 query.
using TypoStatement = System.Func<Liaison.Core.Data.LiaisonDbContext, string, string, string, string, string, string, string, string,
    string, string, string, string, string, string, string?, System.Collections.Generic.IAsyncEnumerable<Liaison.Core.Directory.Search.SearchHcps.Candidate>>;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// HCP search's statements for its most common shapes, as compiled queries: EF Core would otherwise build, walk and hash
/// the expression tree of each statement on every search (measured: about a tenth of a search's CPU). The shapes: a
/// specialty and place filter alone (no name, one NUCC code at most, no radius, no capability filter or preference; an
/// absent filter is a null parameter, which EF Core leaves out of the SQL it generates for those values, so each
/// combination runs the statement the composed query would); on SQLite, a name alone (the FTS5 count and page) and its
/// misspelling candidates when one word is looked up under at most <see cref="TypoRanges"/> keys; and the rows of given
/// entries (the misspellings a page shows). Other shapes compose their queries as before. One set per provider: a
/// compiled query keeps the executor of the first context it ran on.
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

    /// <summary>Phonetic-key ranges the compiled misspelling statement reads: a word's own key and six nearby keys.</summary>
    public const int TypoRanges = 7;

    /// <summary>
    /// SQLite: the misspelling candidates of 1 to <see cref="TypoRanges"/> key ranges (element n - 1 reads n), the
    /// parameters being the lower and upper bound of each range (those past n unused): the first is the word's own key,
    /// read up to <see cref="SearchHcps.TypoCandidateCap"/>, the others up to <see cref="SearchHcps.TranspositionCandidateCap"/>.
    /// The last parameter, when not null, is the FTS5 query of the prefix matches, which are left out. This is the
    /// statement <see cref="NameMatchSql.TypoCandidates"/> composes, with the caps as constants; built as an expression
    /// tree because it repeats one range n times.
    /// </summary>
    public IReadOnlyList<TypoStatement> Typos { get; } =
        Enumerable.Range(1, TypoRanges).Select(n => SqliteTypos(n, SearchHcps.TypoCandidateCap, SearchHcps.TranspositionCandidateCap)).ToList();

    private static TypoStatement SqliteTypos(int ranges, int ownCap, int nearbyCap)
    {
        // Take(1) stands for each range's cap, put in as a constant.
        Expression<Func<LiaisonDbContext, string, string, string?, IQueryable<HcpSearchEntry>>> range = (db, key, upper, excluded) =>
            db.HcpSearchEntries.AsNoTracking()
                .Where(e => excluded == null || !db.HcpNameIndex.Where(n => n.Query == excluded).Select(n => n.Key).Contains(e.Key))
                .Where(e => string.Compare(e.LastNameKey, key) >= 0 && string.Compare(e.LastNameKey, upper) < 0)
                .OrderBy(e => e.LastNameKey).ThenBy(e => e.SortName).Take(1);
        // One projection after the union, as the composed statement has it (EF cannot unite projected rows).
        Expression<Func<HcpSearchEntry, SearchHcps.Candidate>> candidate = e => new SearchHcps.Candidate(e.Key, e.Names, e.SortName);
        var db = Expression.Parameter(typeof(LiaisonDbContext), "db");
        var bounds = Enumerable.Range(0, 2 * TypoRanges).Select(i => Expression.Parameter(typeof(string), $"b{i}")).ToArray();
        var excluded = Expression.Parameter(typeof(string), "excluded");
        Expression? union = null;
        for (var r = 0; r < ranges; r++)
        {
            var one = new CapOf(r == 0 ? ownCap : nearbyCap).Visit(Inline(range, db, bounds[2 * r], bounds[2 * r + 1], excluded));
            union = union is null ? one : Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(HcpSearchEntry)], union, one);
        }
        var projected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(HcpSearchEntry), typeof(SearchHcps.Candidate)],
            union!, Expression.Quote(candidate));
        var lambda = Expression.Lambda<Func<LiaisonDbContext, string, string, string, string, string, string, string, string, string, string,
            string, string, string, string, string?, IQueryable<SearchHcps.Candidate>>>(projected, [db, .. bounds, excluded]);
        return EF.CompileAsyncQuery(lambda);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
    private static Expression Inline(LambdaExpression lambda, params Expression[] arguments) =>
        new Replace(lambda.Parameters.Zip(arguments).ToDictionary(p => (Expression)p.First, p => p.Second)).Visit(lambda.Body)!;

    private sealed class Replace(Dictionary<Expression, Expression> map) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node is not null && map.TryGetValue(node, out var to) ? to : base.Visit(node);
    }

    /// <summary>Sets the count of every Take to <paramref name="cap"/>.</summary>
    private sealed class CapOf(int cap) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(Queryable.Take) && node.Method.DeclaringType == typeof(Queryable)
                ? node.Update(null, [Visit(node.Arguments[0]), Expression.Constant(cap)])
                : base.VisitMethodCall(node);
    }

    /// <summary>The entries of <c>keys</c> (a page's worth at most) with their HCPs, in no order.</summary>
    public Func<LiaisonDbContext, List<long>, IAsyncEnumerable<SearchHcps.Row>> Rows { get; } =
        EF.CompileAsyncQuery((LiaisonDbContext db, List<long> keys) =>
            db.HcpSearchEntries.AsNoTracking().Where(e => keys.Contains(e.Key))
                .Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, SearchHcps.RowOf));
}
