using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Sets the secondary practice locations (<see cref="AddressKind.Other"/> addresses) of the HCPs and organisations a
/// practice location file names: an NPI's locations in the file replace those stored (an earlier file's), so importing
/// the same file again changes nothing; a group that <see cref="PracticeLocationGroup.Continues"/> adds to them. An NPI
/// the directory does not hold is reported on each of its rows, not created; an erased NPI's rows are passed over.
/// Counts are of providers: imported (given secondary locations for the first time), updated (another set than stored),
/// unchanged (the set stored); rejected counts rows.
/// </summary>
internal static class PracticeLocationUpsert
{
    public static async Task WriteAsync(IDirectoryStore store, IReadOnlyList<PracticeLocationGroup> groups, ErasedNpiFilter erased,
        BatchCounts counts, DateTime now, CancellationToken ct)
    {
        if (groups.Count == 0) return;
        var npis = groups.Select(g => g.Npi).Where(n => !erased.IsErased(n)).Distinct().ToList();
        var hcps = await store.FindHcpIdsAsync(npis, ct);
        var organisations = (await store.FindOrganisationIdsAsync(
                npis.Where(n => !hcps.ContainsKey(n)).Select(n => new OrganisationKey(n, null, null)).ToList(), ct))
            .ToDictionary(o => o.Key.Npi!, o => o.Value, StringComparer.Ordinal);
        var stored = await store.FindSecondaryLocationsAsync(hcps.Values.ToList(), organisations: false, ct);
        foreach (var (owner, locations) in await store.FindSecondaryLocationsAsync(organisations.Values.ToList(), organisations: true, ct))
            stored[owner] = locations;

        var changed = new Dictionary<Guid, (bool Organisation, List<AddressRecord> Locations)>();
        foreach (var group in groups)
        {
            if (erased.IsErased(group.Npi)) { counts.Unchanged++; continue; }
            var isOrganisation = !hcps.TryGetValue(group.Npi, out var owner);
            if (isOrganisation && !organisations.TryGetValue(group.Npi, out owner))
            {
                foreach (var row in group.Rows) BatchUpsert.Reject(counts, new RowError(row.Line, "NPI", Unknown(group.Npi)));
                continue;
            }
            var before = stored.GetValueOrDefault(owner) ?? [];
            var given = Distinct(group.Rows.Select(r => r.Address));
            var after = group.Continues ? Distinct(before.Concat(given)) : given;
            if (Same(before, after)) { counts.Unchanged++; continue; }
            if (before.Count == 0) counts.Imported++;
            else counts.Updated++;
            stored[owner] = after;
            changed[owner] = (isOrganisation, after);
        }
        foreach (var kind in new[] { false, true })
            await store.ReplaceSecondaryLocationsAsync(
                changed.Where(c => c.Value.Organisation == kind).Select(c => (c.Key, (IReadOnlyList<AddressRecord>)c.Value.Locations)).ToList(),
                kind, now, ct);
    }

    /// <summary>What an address is compared by: what it stores from its source (its ZIP centroid follows from its ZIP).</summary>
    internal static (string, string?, string, string?, string?, string, string?, string?) Key(AddressRecord a) =>
        (a.Line1, a.Line2, a.City, a.State, a.PostalCode, a.Country, a.Phone, a.Fax);

    /// <summary>The addresses in their order, each once (a file that gives a location twice stores it once).</summary>
    private static List<AddressRecord> Distinct(IEnumerable<AddressRecord> addresses) => addresses.DistinctBy(Key).ToList();

    private static bool Same(List<AddressRecord> before, List<AddressRecord> after) =>
        before.Count == after.Count && before.Select(Key).ToHashSet().SetEquals(after.Select(Key));

    private static string Unknown(string npi) =>
        $"NPI {npi} is not in the directory: import its npidata_pfile row first (a practice location file adds locations to known providers only); the location is not imported";
}
