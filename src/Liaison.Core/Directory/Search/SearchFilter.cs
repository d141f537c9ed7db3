using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// A search's own filters (specialty, state, city, ZIP or radius around a ZIP), checked once and applied to any set of
/// entries: all of them, or a name's matches. Capabilities' filters (tier, territory) are applied beside it.
/// </summary>
internal sealed record SearchFilter(IReadOnlyList<string>? Codes, string? State, string? City, string? Zip5, IReadOnlyList<string>? Zips)
{
    /// <summary>One specialty code at most and no radius: the shape <see cref="CompiledSearchQueries"/> runs compiled.</summary>
    public bool IsPlain => Codes is null or [_] && Zips is null;

    public string? Code => Codes is [var code] ? code : null;

    public static Result<SearchFilter> Of(SearchHcps.Query query, TaxonomyCodeSet taxonomy)
    {
        IReadOnlyList<string>? codes = null;
        if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            codes = taxonomy.Matching(query.Specialty);
            if (codes.Count == 0) return Error.Invalid(nameof(query.Specialty), $"No NUCC specialty matches '{query.Specialty}'.");
        }
        var state = string.IsNullOrWhiteSpace(query.State) ? null : query.State.Trim().ToUpperInvariant();
        var city = string.IsNullOrWhiteSpace(query.City) ? null : NameText.Normalise(query.City);
        // Checked here for every caller (the page binds without the query's attribute validation): −5 km found nothing.
        if (query.RadiusKm is { } asked && !(asked is >= 0.1 and <= 1000))
            return Error.Invalid(nameof(query.RadiusKm), FiniteNumber.Problem(asked, "A radius") ?? "A radius is from 0.1 to 1,000 km.");
        string? zip5 = null;
        IReadOnlyList<string>? zips = null;
        if (query.Zip is { Length: >= 5 } zip)
        {
            zip5 = zip[..5];
            if (query.RadiusKm is { } radius)
            {
                if (!ZipCentroids.TryGet(zip5, out var lat, out var lon))
                    return Error.Invalid(nameof(query.Zip), $"ZIP {zip5} has no known location to measure a radius from.");
                zips = ZipCentroids.Within(lat, lon, radius);
            }
        }
        else if (query.RadiusKm is not null) return Error.Invalid(nameof(query.Zip), "A radius needs a ZIP to measure from.");
        return new SearchFilter(codes, state, city, zip5, zips);
    }

    public IQueryable<HcpSearchEntry> Apply(IQueryable<HcpSearchEntry> source)
    {
        var entries = source;
        // One code (the usual case) as an equality: a parameter list on a nullable column comes out on PostgreSQL as
        // "= ANY(@codes) OR (IS NULL AND array_position(...))", which no index answers.
        if (Codes is [var code]) entries = entries.Where(e => e.Specialty == code);
        else if (Codes is { } codes) entries = entries.Where(e => codes.Contains(e.Specialty!));
        if (State is { } state) entries = entries.Where(e => e.State == state);
        if (City is { } city) entries = entries.Where(e => e.City == city);
        if (Zips is { } zips) entries = entries.Where(e => zips.Contains(e.Zip5!));
        else if (Zip5 is { } zip5) entries = entries.Where(e => e.Zip5 == zip5);
        return entries;
    }
}
