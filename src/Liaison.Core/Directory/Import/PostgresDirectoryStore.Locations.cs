using Liaison.Core.Directory.Registry;
using NpgsqlTypes;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>Secondary practice locations (NPPES pl_pfile): read for a batch's owners at once, replaced by a delete and a COPY.</summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task<Dictionary<Guid, List<AddressRecord>>> FindSecondaryLocationsAsync(IReadOnlyCollection<Guid> owners, bool organisations,
        CancellationToken ct)
    {
        var found = new Dictionary<Guid, List<AddressRecord>>();
        if (owners.Count == 0) return found;
        await RestoreOwnerIndexesAsync(ct);
        var (table, owner) = AddressTableOf(organisations);
        await using var cmd = Command($"""
            SELECT {owner}, line1, line2, city, state, postal_code, country, phone, fax FROM {table}
            WHERE {owner} = ANY(@owners) AND kind = 'Other' ORDER BY {owner}, id
            """);
        cmd.Parameters.AddWithValue("owners", owners.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (!found.TryGetValue(id, out var locations)) found[id] = locations = [];
            locations.Add(new AddressRecord(AddressKind.Other, reader.GetString(1), Text(2), reader.GetString(3), Text(4), Text(5),
                reader.GetString(6), Text(7), Text(8)).Placed());
        }
        return found;
    }

    public async Task ReplaceSecondaryLocationsAsync(IReadOnlyList<(Guid Owner, IReadOnlyList<AddressRecord> Locations)> owners, bool organisations,
        DateTime now, CancellationToken ct)
    {
        if (owners.Count == 0) return;
        await RestoreOwnerIndexesAsync(ct);
        var (table, owner) = AddressTableOf(organisations);
        var ids = owners.Select(o => o.Owner).ToArray();
        await using (var delete = Command($"""
            DELETE FROM {table} WHERE {owner} = ANY(@owners) AND kind = 'Other';
            UPDATE {(organisations ? "organisations" : "hcps")} SET updated_at = @now, version = version + 1 WHERE id = ANY(@owners)
            """))
        {
            delete.Parameters.AddWithValue("owners", ids);
            delete.Parameters.AddWithValue("now", NpgsqlDbType.TimestampTz, now);
            await delete.ExecuteNonQueryAsync(ct);
        }
        await CopyAsync($"{table} ({AddressColumnsOf(organisations)})", row =>
        {
            foreach (var (id, locations) in owners)
                foreach (var a in locations) AddressRow(row.Start(), id, a, organisations);
        }, ct);
    }
}
