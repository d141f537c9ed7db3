using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// Finds HCPs by name (every word a prefix; misspellings through the phonetic key, and pg_trgm on PostgreSQL), NPI,
/// specialty (NUCC code or words of its name), state, city, ZIP and radius around a ZIP, plus the filters other
/// capabilities contribute (tier, territory). Relevance: the NPI, then names whose surname starts with the first
/// word, then other prefix matches, then misspellings by closeness; ties by name.
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

    private const int TypoCandidateCap = 500;

    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpSearchFilter> filters, IEnumerable<IHcpSearchPriority> priorities)
    {
        public async Task<Result<Paged<Hit>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            var entries = db.HcpSearchEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Specialty))
            {
                var codes = NuccCodeSet.Matching(query.Specialty);
                if (codes.Count == 0) return Error.Invalid(nameof(query.Specialty), $"No NUCC specialty matches '{query.Specialty}'.");
                entries = entries.Where(e => codes.Contains(e.Specialty!));
            }
            if (!string.IsNullOrWhiteSpace(query.State)) { var s = query.State.Trim().ToUpperInvariant(); entries = entries.Where(e => e.State == s); }
            if (!string.IsNullOrWhiteSpace(query.City)) { var c = NameText.Normalise(query.City); entries = entries.Where(e => e.City == c); }
            if (query.Zip is { Length: >= 5 } zip)
            {
                var zip5 = zip[..5];
                if (query.RadiusKm is { } radius)
                {
                    if (!ZipCentroids.TryGet(zip5, out var lat, out var lon))
                        return Error.Invalid(nameof(query.Zip), $"ZIP {zip5} has no known location to measure a radius from.");
                    var zips = ZipCentroids.Within(lat, lon, radius);
                    entries = entries.Where(e => zips.Contains(e.Zip5!));
                }
                else entries = entries.Where(e => e.Zip5 == zip5);
            }
            else if (query.RadiusKm is not null) return Error.Invalid(nameof(query.Zip), "A radius needs a ZIP to measure from.");
            foreach (var filter in filters) entries = filter.Apply(entries, query);

            var text = query.Q?.Trim() ?? "";
            if (text.Length == 10 && text.All(char.IsAsciiDigit))
                return await Page(entries.Where(e => db.Hcps.Any(h => h.Id == e.HcpId && h.Npi == text)), [], [], "npi", page, ct);
            var words = NameText.Words(text);
            if (words.Length == 0) return await Page(entries, [], [], "filter", page, ct);

            var prefixKeys = NameMatchSql.Prefix(db, words);
            var prefix = entries.Where(e => prefixKeys.Contains(e.Key));
            var typos = await TyposAsync(entries, prefixKeys, words, ct);
            var first = words[0];
            return await Page(prefix, typos, [first], "prefix", page, ct);
        }

        /// <summary>Misspellings: phonetic (and trigram) candidates for the longest word, kept when every word is close to a name.</summary>
        private async Task<List<long>> TyposAsync(IQueryable<HcpSearchEntry> entries, IQueryable<long> prefixKeys, string[] words, CancellationToken ct)
        {
            var longest = words.MaxBy(w => w.Length)!;
            var key = NameKey.Of(longest);
            if (longest.Length < 4 || key.Length < 2) return [];
            var candidateKeys = NameMatchSql.TypoCandidates(db, longest, key);
            var candidates = await entries.Where(e => candidateKeys.Contains(e.Key) && !prefixKeys.Contains(e.Key))
                .OrderBy(e => e.SortName).Take(TypoCandidateCap).Select(e => new { e.Key, e.Names, e.SortName }).ToListAsync(ct);
            return candidates
                .Select(c => (c.Key, c.SortName, Distance: Closeness(words, c.Names.Split(' '))))
                .Where(c => c.Distance >= 0).OrderBy(c => c.Distance).ThenBy(c => c.SortName, StringComparer.Ordinal)
                .Select(c => c.Key).ToList();
        }

        /// <summary>Summed distance of each word to its closest name, or -1 when a word is too far from all.</summary>
        private static int Closeness(string[] words, string[] names)
        {
            var total = 0;
            foreach (var w in words)
            {
                var best = names.Min(n => FuzzyName.PrefixDistance(w, n));
                if (best > FuzzyName.Allowed(w)) return -1;
                total += best;
            }
            return total;
        }

        private async Task<Paged<Hit>> Page(IQueryable<HcpSearchEntry> ranked, List<long> typos, string[] firstWord, string match,
            PageRequest page, CancellationToken ct)
        {
            var total = await ranked.CountAsync(ct);
            // A capability's preferred HCPs (an MSL's own territory) come first; relevance decides within each group.
            var preferred = priorities.Select(p => p.Preferred()).FirstOrDefault(p => p is not null);
            var ordered = (preferred, firstWord.Length) switch
            {
                (null, 1) => ranked.OrderBy(e => e.SortName.StartsWith(firstWord[0]) ? 0 : 1).ThenBy(e => e.SortName).ThenBy(e => e.Key),
                (null, _) => ranked.OrderBy(e => e.SortName).ThenBy(e => e.Key),
                (_, 1) => ranked.OrderBy(e => preferred.Contains(e.HcpId) ? 0 : 1).ThenBy(e => e.SortName.StartsWith(firstWord[0]) ? 0 : 1)
                    .ThenBy(e => e.SortName).ThenBy(e => e.Key),
                _ => ranked.OrderBy(e => preferred.Contains(e.HcpId) ? 0 : 1).ThenBy(e => e.SortName).ThenBy(e => e.Key),
            };
            var keys = await ordered.Skip(page.Skip).Take(page.PageSize).Select(e => e.Key).ToListAsync(ct);
            var matches = keys.Select(k => (k, match)).ToList();
            if (matches.Count < page.PageSize && typos.Count > 0)
            {
                var skipTypos = Math.Max(0, page.Skip - total);
                matches.AddRange(typos.Skip(skipTypos).Take(page.PageSize - matches.Count).Select(k => (k, "typo")));
            }
            var wanted = matches.Select(m => m.k).ToList();
            var rows = await (from e in db.HcpSearchEntries.AsNoTracking()
                              join h in db.Hcps.AsNoTracking() on e.HcpId equals h.Id
                              where wanted.Contains(e.Key)
                              select new
                              {
                                  e.Key, h.Id, h.Npi, h.LastName, h.FirstName, h.MiddleName, h.Credentials, e.Specialty, e.City, e.State,
                                  e.Zip5, e.IsActive, h.Pseudonym,
                              }).ToDictionaryAsync(r => r.Key, ct);
            var items = matches.Where(m => rows.ContainsKey(m.k)).Select(m =>
            {
                var r = rows[m.k];
                var name = r.Pseudonym ?? string.Join(' ', new[] { r.FirstName, r.MiddleName, r.LastName }.Where(n => !string.IsNullOrEmpty(n)));
                return new Hit(r.Id, r.Npi, name, r.Credentials, r.Specialty, r.Specialty is null ? null : NuccCodeSet.Describe(r.Specialty),
                    r.City, r.State, r.Zip5, r.IsActive, m.match);
            }).ToList();
            return new Paged<Hit>(items, total + typos.Count, page.Page, page.PageSize);
        }
    }
}
