using Liaison.Core.Compliance.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Liaison.Core.Directory.Import;

/// <summary>Nameless records an organisation replaces (<see cref="NamelessRecords"/>), and the audit entries of the replacement.</summary>
internal sealed partial class PostgresDirectoryStore
{
    /// <remarks>
    /// FOR UPDATE holds each record found until the batch commits: a row that comes to refer to it (an attendee, a consent)
    /// takes a key-share lock on it first, so it waits, and then finds the record gone, rather than being counted too late
    /// and cascaded away. The keyed LATERAL probe, as in <see cref="FindIntoAsync"/>, whatever the statistics say.
    /// </remarks>
    public async Task<Dictionary<string, NamelessRecord>> FindNamelessAsync(IReadOnlyList<string> npis, CancellationToken ct)
    {
        var found = new Dictionary<string, NamelessRecord>(StringComparer.Ordinal);
        if (npis.Count == 0) return found;
        var records = new List<(string Npi, ExistingProvider Record)>();
        await using (var cmd = Command($"""
            SELECT p.* FROM unnest(@npis) k(npi) CROSS JOIN LATERAL (
                SELECT h.npi, h.id, h.deactivated_on, h.deactivation_reason, h.reactivated_on
                FROM hcps h WHERE h.npi = k.npi AND {NamelessRecords.Condition} LIMIT 1 FOR UPDATE) p
            """))
        {
            cmd.Parameters.AddWithValue("npis", npis.ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                records.Add((reader.GetString(0), new ExistingProvider(reader.GetGuid(1), 0,
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4))));
        }
        foreach (var (npi, record) in records) found[npi] = new NamelessRecord(record, await ReferencesAsync(record.Id, ct));
        return found;
    }

    private async Task<Dictionary<string, long>> ReferencesAsync(Guid id, CancellationToken ct)
    {
        if (_references.Count == 0) return [];
        await using var cmd = Command(NamelessRecords.ReferenceCountSql(_references, "$1"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Uuid });
        var rows = new List<(int, long)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetInt32(0), reader.GetInt64(1)));
        return NamelessRecords.Summarise(_references, rows);
    }

    public async Task RemoveNamelessAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await RestoreOwnerIndexesAsync(ct);
        await using var batch = new NpgsqlBatch(_connection, _tx);
        foreach (var sql in NamelessRecords.RemovalSql("= ANY($1)"))
        {
            var c = new NpgsqlBatchCommand(sql);
            c.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            batch.BatchCommands.Add(c);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    public async Task RecordAuditAsync(IReadOnlyList<AuditChange> changes, DateTime now, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        await using var batch = new NpgsqlBatch(_connection, _tx);
        foreach (var e in AuditTrail.Unsealed(changes, _actor, now))
        {
            var c = new NpgsqlBatchCommand("INSERT INTO audit_entries (id, at, actor_id, actor, entity, entity_key, action, reason, old_values, "
                + "new_values) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
            c.Parameters.Add(new NpgsqlParameter { Value = e.Id, NpgsqlDbType = NpgsqlDbType.Uuid });
            c.Parameters.Add(new NpgsqlParameter { Value = e.At, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            foreach (var text in new[] { e.ActorId, e.Actor, e.Entity, e.EntityKey, e.Action, e.Reason, e.OldValues, e.NewValues })
                c.Parameters.Add(new NpgsqlParameter { Value = (object?)text ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            batch.BatchCommands.Add(c);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }
}
