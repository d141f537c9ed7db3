using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// Finds HCPs by name (every word a prefix; misspellings through the phonetic key), NPI,
/// specialty (NUCC code or words of its name), state, city, ZIP and radius around a ZIP, plus the filters other
/// capabilities contribute (tier, territory). Relevance: the NPI, then names whose surname starts with the first
/// word, then other prefix matches, then misspellings by closeness (looked for only when fewer than
/// <see cref="MisspellingsBelow"/> names start with the words as typed); ties by name. The total counts every result
/// the pages hold, misspellings included.
/// </summary>
public static class SearchHcps
{
    public sealed record Query(
        [property: StringLength(200)] string? Q = null,
        [property: StringLength(200)] string? Specialty = null,
        [property: StringLength(2)] string? State = null,
        [property: StringLength(100)] string? City = null,
        [property: RegularExpression(@"^\d{5}(-?\d{4})?$")] string? Zip = null,
        [property: Range(0.1, 1000)] double? RadiusKm = null,
        [property: StringLength(20)] string? Tier = null,
        [property: StringLength(100)] string? Territory = null);

    public sealed record Hit(Guid Id, string? Npi, string Name, string? Credentials, string? SpecialtyCode, string? Specialty,
        string? City, string? State, string? Zip, bool Active, string Match);

    internal const int TypoCandidateCap = 500;

    /// <summary>Candidates read under each transposed key: its exact key comes first, and that is the name a swap missed.</summary>
    internal const int TranspositionCandidateCap = 50;

    /// <summary>
    /// Misspellings are added (after the prefix matches) only when fewer names than this start with the words as typed:
    /// a name that matches many HCPs is not a misspelling worth correcting, and the search then skips the typo pass.
    /// </summary>
    public const int MisspellingsBelow = 50;

    /// <summary>Words of a query whose phonetic keys are looked under for misspellings (the longest ones).</summary>
    private const int MaxTypoWords = 2;

    internal sealed record Row(long Key, Guid Id, string? Npi, string LastName, string FirstName, string? MiddleName, string? Credentials,
        string? Specialty, string? City, string? State, string? Zip5, bool IsActive, string? Pseudonym);

    /// <summary>A misspelling candidate: its entry's key, names (space-separated) and sort name.</summary>
    internal sealed record Candidate(long Key, string Names, string SortName);

    /// <summary>A search entry with its HCP, as a page reads them (every query of a page, composed or compiled, joins this way).</summary>
    internal static readonly Expression<Func<HcpSearchEntry, Hcp, Row>> RowOf = (e, h) => new Row(e.Key, h.Id, h.Npi, h.LastName,
        h.FirstName, h.MiddleName, h.Credentials, e.Specialty, e.City, e.State, e.Zip5, e.IsActive, h.Pseudonym);

    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpSearchFilter> filters, IEnumerable<IHcpSearchPriority> priorities,
        TaxonomyCodes taxonomy)
    {
        private TaxonomyCodeSet _codes = NuccCodeSet.Shipped;

        public async Task<Result<Paged<Hit>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            _codes = await taxonomy.CurrentAsync(db, ct);
            var checkedFilter = SearchFilter.Of(query, _codes);
            if (checkedFilter.Error is { } invalid) return invalid;
            var filter = checkedFilter.Value!;
            // One connection for the search's statements (closed when the scope returns the context): EF would open and
            // close one for each of them.
            await db.Database.OpenConnectionAsync(ct);
            var all = db.HcpSearchEntries.AsNoTracking();
            // A capability's filter returns the entries it was given when its parameter is not set.
            IQueryable<HcpSearchEntry> ByCapabilities(IQueryable<HcpSearchEntry> source) => filters.Aggregate(source, (e, f) => f.Apply(e, query));
            IQueryable<HcpSearchEntry> Filtered(IQueryable<HcpSearchEntry> source) => filter.Apply(ByCapabilities(source));
            var byCapabilities = ByCapabilities(all);
            var entries = filter.Apply(byCapabilities);
            var preferred = await PreferredAsync(ct);

            var text = query.Q?.Trim() ?? "";
            if (text.Length == 10 && text.All(char.IsAsciiDigit))
            {
                // Through the unique NPI index to the one HCP, not a probe of hcps for every search entry.
                var withNpi = db.Hcps.Where(h => h.Npi == text).Select(h => h.Id);
                return await Page(entries.Where(e => withNpi.Contains(e.HcpId)), [], null, "npi", preferred, page, ct);
            }
            var words = NameText.Words(text);
            if (words.Length == 0)
                return filter.IsPlain && preferred is null && ReferenceEquals(byCapabilities, all)
                    ? await PlainPage(filter, page, ct)
                    : await Page(entries, [], null, "filter", preferred, page, ct);

            var prefixKeys = NameMatchSql.Prefix(db, words);
            var prefix = Filtered(NameMatchSql.PrefixEntries(db, words, prefixKeys));
            // Unfiltered on SQLite, every name-index match is an entry (the index is the entries' own content): count the
            // index alone rather than probe each match's row; and with no preference either, count and page compiled.
            var plainNames = ReferenceEquals(entries, all) && db.IsSqlite;
            var compiled = plainNames && preferred is null ? CompiledSearchQueries.For(db) : null;
            var fts5 = NameMatchSql.Fts5Prefixes(words);
            // The count first: it decides whether misspellings are looked for at all (only when the words match few names
            // as typed), and the pages need it anyway.
            var matches = compiled is not null ? await compiled.NameCount(db, fts5, ct)
                : await (plainNames ? prefixKeys : prefix.Select(e => e.Key)).CountAsync(ct);
            var typos = matches < MisspellingsBelow
                ? await TyposAsync(entries, matches > 0 ? prefixKeys : null, words, compiled, fts5, ct) : [];
            if (preferred is not null) typos = await PreferredFirst(entries, typos, preferred, ct);
            if (compiled is null) return await Page(prefix, typos, words[0], "prefix", preferred, page, ct, knownTotal: matches);
            var rows = matches <= page.Skip ? [] : await compiled.NamePage(db, fts5, words[0], page.Skip, page.PageSize).ToListAsync(ct);
            return await WithTypos(rows, matches, typos, "prefix", page, ct);
        }

        /// <summary>Specialty and place alone, in name order: the compiled statements of <see cref="CompiledSearchQueries"/>.</summary>
        private async Task<Paged<Hit>> PlainPage(SearchFilter f, PageRequest page, CancellationToken ct)
        {
            var queries = CompiledSearchQueries.For(db);
            var rows = await queries.Page(db, f.Code, f.State, f.City, f.Zip5, page.Skip, page.PageSize).ToListAsync(ct);
            var total = TotalOfPartPage(rows.Count, page) ?? await queries.Count(db, f.Code, f.State, f.City, f.Zip5, ct);
            return await WithTypos(rows, total, [], "filter", page, ct);
        }

        /// <summary>A page that is not full (and not past the end) tells the count without counting.</summary>
        private static int? TotalOfPartPage(int rows, PageRequest page) =>
            rows < page.PageSize && (rows > 0 || page.Skip == 0) ? page.Skip + rows : null;

        private async Task<Expression<Func<HcpSearchEntry, bool>>?> PreferredAsync(CancellationToken ct)
        {
            foreach (var priority in priorities)
                if (await priority.PreferredAsync(ct) is { } preferred) return preferred;
            return null;
        }

        /// <summary>Misspellings: phonetic candidates for the two longest words (either may be the surname), kept when every word is close to a name.</summary>
        /// <param name="prefixKeys">The prefix matches, left out of the misspellings; null when there are none.</param>
        /// <param name="compiled">The compiled statements when the search is a name alone on SQLite: one word's candidates
        /// are then read by <see cref="CompiledSearchQueries.Typos"/>, the prefix matches left out by their FTS5 query
        /// <paramref name="fts5"/>.</param>
        private async Task<List<long>> TyposAsync(IQueryable<HcpSearchEntry> entries, IQueryable<long>? prefixKeys, string[] words,
            CompiledSearchQueries? compiled, string fts5, CancellationToken ct)
        {
            // Any word may be the misspelt surname ("Wilhelmina Vaqsuez"): candidates are read under each word's key, the
            // longest word's first.
            var keyed = words.Where(w => w.Length >= 4).OrderByDescending(w => w.Length).Distinct().Take(MaxTypoWords)
                .Select(w => (Word: w, Key: NameKey.Of(w))).Where(w => w.Key.Length >= 2).ToList();
            if (keyed.Count == 0) return [];
            // The nearest candidates: the word's own phonetic key first (the range starts there), then by key and name, at
            // most the cap; then the first few under each key the word has with two neighbouring letters swapped or an h
            // added or dropped after t, s, c, p, as these change the key ("SMTIH" is SMT, SMITH SM0; "ABERNATY" APRNT,
            // ABERNATHY APRN0). Closeness orders the survivors below.
            var ranges = keyed.SelectMany(k => TypoKeys.Nearby(k.Word, k.Key).Select(n => (Key: n, Cap: TranspositionCandidateCap))
                .Prepend((k.Key, TypoCandidateCap))).ToList();
            // Read in the same scan: as "key IN (the nearest keys)" each candidate was looked up a second time by key.
            var near = (compiled is not null && keyed.Count == 1 && ranges.Count <= CompiledSearchQueries.TypoRanges
                ? await CompiledTypos(compiled, ranges.Select(r => r.Key).ToList(), prefixKeys is null ? null : fts5).ToListAsync(ct)
                : await ComposedTypos(entries, prefixKeys, ranges).ToListAsync(ct)).DistinctBy(c => c.Key).ToList();
            var found = near.Select(c => (c.Key, c.SortName, Distance: Closeness(words, c.Names))).Where(c => c.Distance >= 0).ToList();
            // Nothing one slip away under the words' own keys: a consonant may have been typed for another, left out or
            // typed too many, which changes the key. A name found there that every word starts is a match as typed, on
            // the page already: left out.
            if (!found.Any(c => c.Distance <= 1))
            {
                var seen = near.Select(c => c.Key).ToHashSet();
                var keys = keyed.SelectMany(k => TypoNeighbourhood.Keys(k.Key)).Distinct().ToList();
                found.AddRange((await TypoNeighbourhood.Candidates(db, entries, keys).ToListAsync(ct)).Where(c => seen.Add(c.Key))
                    .Select(c => (c.Key, c.SortName, Distance: Closeness(words, c.Names))).Where(c => c.Distance > 0));
            }
            return found.OrderBy(c => c.Distance).ThenBy(c => c.SortName, StringComparer.Ordinal).Select(c => c.Key).ToList();
        }


        /// <summary>
        /// The misspellings with the capability's preferred HCPs (an MSL's own territory) first, closeness deciding within
        /// each group, as it does for the matches as typed.
        /// </summary>
        private static async Task<List<long>> PreferredFirst(IQueryable<HcpSearchEntry> entries, List<long> typos,
            Expression<Func<HcpSearchEntry, bool>> preferred, CancellationToken ct)
        {
            if (typos.Count == 0) return typos;
            var own = (await entries.Where(preferred).Where(e => typos.Contains(e.Key)).Select(e => e.Key).ToListAsync(ct)).ToHashSet();
            return typos.Where(own.Contains).Concat(typos.Where(k => !own.Contains(k))).ToList();
        }

        private IQueryable<Candidate> ComposedTypos(IQueryable<HcpSearchEntry> entries, IQueryable<long>? prefixKeys, List<(string Key, int Cap)> ranges)
        {
            var candidates = prefixKeys is null ? entries : entries.Where(e => !prefixKeys.Contains(e.Key));
            var sqlite = db.IsSqlite;
            return ranges.Select(r => NameMatchSql.TypoCandidates(candidates, sqlite, r.Key, r.Cap)).Aggregate((a, b) => a.Concat(b))
                .Select(e => new Candidate(e.Key, e.Names, e.SortName));
        }

        /// <param name="keys">The word's own key, then its nearby keys: <see cref="CompiledSearchQueries.TypoRanges"/> at most.</param>
        private IAsyncEnumerable<Candidate> CompiledTypos(CompiledSearchQueries queries, List<string> keys, string? excluded)
        {
            // Bounds past the keys are parameters the statement for this many ranges does not read.
            string Lower(int i) => i < keys.Count ? keys[i] : "";
            string Upper(int i) => i < keys.Count ? NameMatchSql.UpperBound(keys[i]) : "";
            return queries.Typos[keys.Count - 1](db, Lower(0), Upper(0), Lower(1), Upper(1), Lower(2), Upper(2), Lower(3), Upper(3), Lower(4), Upper(4),
                Lower(5), Upper(5), Lower(6), Upper(6), excluded);
        }

        /// <summary>Summed distance of each word to its closest name (of the space-separated <paramref name="names"/>), or -1 when a word is too far from all.</summary>
        private static int Closeness(string[] words, string names)
        {
            var total = 0;
            foreach (var w in words)
            {
                var allowed = FuzzyName.Allowed(w);
                var best = allowed + 1;
                foreach (var range in names.AsSpan().Split(' '))
                {
                    best = Math.Min(best, FuzzyName.PrefixDistance(w, names.AsSpan()[range], allowed));
                    if (best == 0) break;
                }
                if (best > allowed) return -1;
                total += best;
            }
            return total;
        }

        /// <param name="knownTotal">The number of matches, when already counted.</param>
        private async Task<Paged<Hit>> Page(IQueryable<HcpSearchEntry> ranked, List<long> typos, string? first, string match,
            Expression<Func<HcpSearchEntry, bool>>? preferred, PageRequest page, CancellationToken ct, int? knownTotal = null)
        {
            // The page's entries are sorted and cut before their HCPs are joined: joining first would look up the HCP of
            // every match, not just of the page's.
            var rows = knownTotal <= page.Skip ? []
                : await WithHcp(Ordered(ranked, first, preferred).Skip(page.Skip).Take(page.PageSize)).ToListAsync(ct);
            var total = knownTotal ?? TotalOfPartPage(rows.Count, page) ?? await ranked.CountAsync(ct);
            return await WithTypos(rows, total, typos, match, page, ct);
        }

        /// <summary>The page: its matches, then (on a page they leave room on) the misspellings after them.</summary>
        private async Task<Paged<Hit>> WithTypos(List<Row> rows, int total, List<long> typos, string match, PageRequest page, CancellationToken ct)
        {
            var matches = rows.Select(r => (r, match)).ToList();
            if (matches.Count < page.PageSize && typos.Count > 0)
            {
                var skipTypos = Math.Max(0, page.Skip - total);
                var typoKeys = typos.Skip(skipTypos).Take(page.PageSize - matches.Count).ToList();
                matches.AddRange((await RowsInOrder(typoKeys, ct)).Select(r => (r, "typo")));
            }
            return new Paged<Hit>(matches.Select(m => HitOf(m.r, m.Item2)).ToList(), total + typos.Count, page.Page, page.PageSize);
        }

        private Hit HitOf(Row r, string match)
        {
            var name = r.Pseudonym ?? string.Join(' ', new[] { r.FirstName, r.MiddleName, r.LastName }.Where(n => !string.IsNullOrEmpty(n)));
            if (name.Length == 0) name = Hcp.Unnamed(r.Npi);
            return new Hit(r.Id, r.Npi, name, r.Credentials, r.Specialty, r.Specialty is null ? null : _codes.Describe(r.Specialty),
                r.City, r.State, r.Zip5, r.IsActive, match);
        }

        /// <summary>
        /// By relevance: a capability's preferred HCPs (an MSL's own territory) first, relevance deciding within each group;
        /// surnames starting with the first word before other prefix matches; then by name.
        /// </summary>
        private static IOrderedQueryable<HcpSearchEntry> Ordered(IQueryable<HcpSearchEntry> ranked, string? first,
            Expression<Func<HcpSearchEntry, bool>>? preferred)
        {
            var byPreference = preferred is null ? null : ranked.OrderBy(Expression.Lambda<Func<HcpSearchEntry, int>>(
                Expression.Condition(preferred.Body, Expression.Constant(0), Expression.Constant(1)), preferred.Parameters));
            return (byPreference, first) switch
            {
                (null, not null) => ranked.OrderBy(e => e.SortName.StartsWith(first) ? 0 : 1).ThenBy(e => e.SortName).ThenBy(e => e.Key),
                (null, null) => ranked.OrderBy(e => e.SortName).ThenBy(e => e.Key),
                (_, not null) => byPreference.ThenBy(e => e.SortName.StartsWith(first) ? 0 : 1).ThenBy(e => e.SortName).ThenBy(e => e.Key),
                _ => byPreference.ThenBy(e => e.SortName).ThenBy(e => e.Key),
            };
        }

        /// <summary>The rows of <paramref name="keys"/> with their HCPs, in the keys' order.</summary>
        private async Task<List<Row>> RowsInOrder(List<long> keys, CancellationToken ct)
        {
            if (keys.Count == 0) return [];
            var rows = (await CompiledSearchQueries.For(db).Rows(db, keys).ToListAsync(ct)).ToDictionary(r => r.Key);
            return keys.Where(rows.ContainsKey).Select(k => rows[k]).ToList();
        }

        private IQueryable<Row> WithHcp(IQueryable<HcpSearchEntry> entries) =>
            entries.Join(db.Hcps.AsNoTracking(), e => e.HcpId, h => h.Id, RowOf);
    }
}
