using Liaison.Core.Directory.Registry;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>Secondary practice locations (NPPES pl_pfile): read and replaced per owner.</summary>
internal sealed partial class SqliteDirectoryStore
{
    private const string Other = nameof(AddressKind.Other);

    public Task<Dictionary<Guid, List<AddressRecord>>> FindSecondaryLocationsAsync(IReadOnlyCollection<Guid> owners, bool organisations,
        CancellationToken ct)
    {
        var found = new Dictionary<Guid, List<AddressRecord>>();
        if (owners.Count > 0) RestoreOwnerIndexes();
        var (table, owner) = AddressTable(organisations);
        var s = S($"SELECT line1, line2, city, state, postal_code, country, phone, fax FROM {table} WHERE {owner} = ?1 AND kind = '{Other}' ORDER BY rowid");
        foreach (var id in owners)
        {
            s.Guid(id);
            List<AddressRecord>? locations = null;
            while (s.Step())
                (locations ??= []).Add(SecondaryLocation(s.ColumnText(0)!, s.ColumnText(1), s.ColumnText(2)!, s.ColumnText(3), s.ColumnText(4),
                    s.ColumnText(5)!, s.ColumnText(6), s.ColumnText(7)));
            s.Reset();
            if (locations is not null) found[id] = locations;
        }
        return Task.FromResult(found);
    }

    public Task ReplaceSecondaryLocationsAsync(IReadOnlyList<(Guid Owner, IReadOnlyList<AddressRecord> Locations)> owners, bool organisations,
        DateTime now, CancellationToken ct)
    {
        if (owners.Count == 0) return Task.CompletedTask;
        RestoreOwnerIndexes();
        var (table, owner) = AddressTable(organisations);
        var statements = For(organisations);
        foreach (var (id, locations) in owners)
        {
            S($"DELETE FROM {table} WHERE {owner} = ?1 AND kind = '{Other}'").Guid(id).Run();
            foreach (var a in locations) AddressRow(statements.InsertAddress, id, a, organisations).Run();
            S($"UPDATE {(organisations ? "organisations" : "hcps")} SET updated_at = ?1, version = version + 1 WHERE id = ?2").Instant(now).Guid(id).Run();
        }
        return Task.CompletedTask;
    }

    private static (string Table, string Owner) AddressTable(bool organisations) =>
        organisations ? ("organisation_addresses", "organisation_id") : ("hcp_addresses", "hcp_id");

    /// <summary>A stored secondary location, with its ZIP's centroid as when it was imported.</summary>
    internal static AddressRecord SecondaryLocation(string line1, string? line2, string city, string? state, string? postal, string country,
        string? phone, string? fax)
    {
        var a = new AddressRecord(AddressKind.Other, line1, line2, city, state, postal, country, phone, fax);
        if (ZipCentroids.TryGet(a.Zip5, out var lat, out var lon)) (a.Latitude, a.Longitude) = (lat, lon);
        return a;
    }
}
