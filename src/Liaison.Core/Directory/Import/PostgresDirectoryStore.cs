using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;
using Npgsql;
using NpgsqlTypes;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The PostgreSQL write path: lookups by NPI array, new providers by binary COPY, changed ones by batched UPDATEs,
/// one transaction per batch.
/// </summary>
internal sealed partial class PostgresDirectoryStore : IDirectoryStore
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _tx;

    private readonly IReadOnlyList<HcpReference> _references;
    private readonly Actor _actor;

    private PostgresDirectoryStore(NpgsqlConnection connection, IReadOnlyList<HcpReference> references, Actor actor) =>
        (_connection, _references, _actor) = (connection, references, actor);

    /// <param name="references">The columns that reference an HCP (<see cref="NamelessRecords"/>).</param>
    /// <param name="actor">Who the audit entries the store writes name.</param>
    public static async Task<PostgresDirectoryStore> OpenAsync(string connectionString, IReadOnlyList<HcpReference> references, Actor actor,
        CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return new PostgresDirectoryStore(connection, references, actor);
    }

    public async Task BeginAsync(CancellationToken ct)
    {
        _tx = await _connection.BeginTransactionAsync(ct);
        // Another directory import writing meanwhile commits its batch first: this one then reads what it wrote.
        await using var turn = Command(Data.ImportTurn.Sql(Data.ImportTurn.Directory));
        await turn.ExecuteNonQueryAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct, bool durable = false)
    {
        // A bulk load commits asynchronously; a synchronous commit flushes the WAL up to it, so every commit before it too.
        if (durable) await using (var sync = Command("SET LOCAL synchronous_commit = on")) await sync.ExecuteNonQueryAsync(ct);
        await _tx!.CommitAsync(ct);
        await _tx.DisposeAsync();
        _tx = null;
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _tx) { CommandTimeout = 0 };

    public async Task<Dictionary<string, ExistingProvider>> FindAsync(IReadOnlyList<ProviderRecord> records, bool organisations, CancellationToken ct)
    {
        var found = new Dictionary<string, ExistingProvider>(StringComparer.Ordinal);
        var npis = records.Where(r => r.Npi is not null).Select(r => r.Npi!).ToArray();
        var external = records.Where(r => r.Npi is null).ToList();
        if (npis.Length > 0) await FindIntoAsync(found, organisations, "unnest(@npis) k(npi)", "t.npi = k.npi", c => c.Parameters.AddWithValue("npis", npis), ct);
        if (external.Count > 0)
            await FindIntoAsync(found, organisations, "unnest(@systems, @ids) k(s, i)", "t.external_system = k.s AND t.external_id = k.i", c =>
            {
                c.Parameters.AddWithValue("systems", external.Select(r => r.ExternalSystem ?? "").ToArray());
                c.Parameters.AddWithValue("ids", external.Select(r => r.ExternalId ?? "").ToArray());
            }, ct);
        return found;
    }

    /// <summary>
    /// One probe of the unique index per key of the batch. A plain join let the planner hash the whole table instead
    /// whenever its statistics were stale, as they are all through a bulk load into a fresh table: the lookup grew with
    /// the table (0.2 ms per 5,000 keys at the start of a 1,000,000-row load, 165 ms at its end: a third of the import's
    /// database time, and growing with every batch of the 9-million-row registry). A LATERAL subquery with LIMIT is not
    /// flattened into a join, so the plan is the keyed probe (4-8 ms per 5,000 keys) whatever the statistics say.
    /// </summary>
    private async Task FindIntoAsync(Dictionary<string, ExistingProvider> found, bool organisations, string keys, string match,
        Action<NpgsqlCommand> bind, CancellationToken ct)
    {
        await using var cmd = Command($"""
            SELECT p.* FROM {keys} CROSS JOIN LATERAL (
                SELECT coalesce(t.npi, t.external_system || '|' || t.external_id), t.id, t.content_hash, t.deactivated_on,
                       t.deactivation_reason, t.reactivated_on
                FROM {(organisations ? "organisations" : "hcps")} t WHERE {match} LIMIT 1) p
            """);
        bind(cmd);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = new ExistingProvider(reader.GetGuid(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5));
    }

    public async Task InsertAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var columns = organisations ? OrganisationColumns : HcpColumns;
        await CopyAsync($"{(organisations ? "organisations" : "hcps")} (id, created_at, version, {columns})", row =>
        {
            foreach (var (id, r) in records) ProviderRow(row.Start().Guid(id).Instant(now).Int(0), r, organisations, now);
        }, ct);
        await WriteChildrenAsync(records, organisations, ct);
        if (!organisations)
            await CopyAsync($"hcp_search_entries ({SearchColumns}, hcp_id)", row =>
            {
                foreach (var (id, r) in records) SearchRow(row.Start(), id, r.SearchEntry);
            }, ct);
    }

    public async Task UpdateAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        if (records.Count == 0) return;
        await RestoreOwnerIndexesAsync(ct);
        var columns = organisations ? OrganisationColumns : HcpColumns;
        var n = Count(columns);
        var set = string.Join(", ", columns.Split(',').Select((c, i) => $"{c.Trim()} = ${i + 1}"));
        var batch = new NpgsqlBatch(_connection, _tx);
        foreach (var (id, r) in records)
        {
            var command = new NpgsqlBatchCommand($"UPDATE {(organisations ? "organisations" : "hcps")} SET {set}, version = version + 1 WHERE id = ${n + 1}");
            foreach (var (value, type) in Values(r, organisations, now)) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
            command.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Uuid });
            batch.BatchCommands.Add(command);
            if (!organisations)
            {
                var e = r.SearchEntry;
                var search = new NpgsqlBatchCommand($"UPDATE hcp_search_entries SET names = $1, sort_name = $2, last_name_key = $3, specialty = $4, "
                    + "state = $5, city = $6, zip5 = $7, latitude = $8, longitude = $9, is_active = $10 WHERE hcp_id = $11");
                foreach (var v in new object?[] { e.Names, e.SortName, e.LastNameKey, e.Specialty, e.State, e.City, e.Zip5, e.Latitude, e.Longitude, e.IsActive, id })
                    search.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value });
                batch.BatchCommands.Add(search);
            }
        }
        var ids = records.Select(r => r.Id).ToArray();
        var (table, owner) = AddressTableOf(organisations);
        // A record that gives no secondary practice locations (ProviderRecord.KeepsSecondaryLocations) keeps those stored.
        var addresses = new NpgsqlBatchCommand($"DELETE FROM {table} "
            + $"WHERE {owner} = ANY($1) AND NOT (kind = 'Other' AND {owner} = ANY($2))");
        addresses.Parameters.Add(new NpgsqlParameter { Value = ids });
        addresses.Parameters.Add(new NpgsqlParameter { Value = records.Where(r => r.Record.KeepsSecondaryLocations).Select(r => r.Id).ToArray() });
        batch.BatchCommands.Add(addresses);
        if (!organisations)
        {
            var taxonomies = new NpgsqlBatchCommand("DELETE FROM hcp_taxonomies WHERE hcp_id = ANY($1)");
            taxonomies.Parameters.Add(new NpgsqlParameter { Value = ids });
            batch.BatchCommands.Add(taxonomies);
        }
        await using (batch) await batch.ExecuteNonQueryAsync(ct);
        await WriteChildrenAsync(records, organisations, ct);
    }

    public async Task SetDeactivationAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        if (records.Count == 0) return;
        await using var batch = new NpgsqlBatch(_connection, _tx);
        foreach (var (id, r) in records)
        {
            var c = new NpgsqlBatchCommand($"UPDATE {(organisations ? "organisations" : "hcps")} SET deactivated_on = $1, deactivation_reason = $2, "
                + "reactivated_on = $3, updated_at = $4, version = version + 1 WHERE id = $5");
            c.Parameters.Add(new NpgsqlParameter { Value = (object?)r.DeactivatedOn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            c.Parameters.Add(new NpgsqlParameter { Value = (object?)r.DeactivationReason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            c.Parameters.Add(new NpgsqlParameter { Value = (object?)r.ReactivatedOn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            c.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            c.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Uuid });
            batch.BatchCommands.Add(c);
            if (organisations) continue;
            var a = new NpgsqlBatchCommand("UPDATE hcp_search_entries SET is_active = $1 WHERE hcp_id = $2");
            a.Parameters.Add(new NpgsqlParameter { Value = SearchEntryValues.Active(r.DeactivatedOn, r.ReactivatedOn) });
            a.Parameters.Add(new NpgsqlParameter { Value = id });
            batch.BatchCommands.Add(a);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static IEnumerable<(object? Value, NpgsqlDbType Type)> Values(ProviderRecord r, bool organisations, DateTime now)
    {
        const NpgsqlDbType t = NpgsqlDbType.Text, d = NpgsqlDbType.Date;
        if (organisations)
            return
            [
                (r.Npi, t), (r.OrganisationName, t), (r.OrganisationOtherName, t), (r.OrganisationKind.ToString(), t),
                (r.PrimaryTaxonomyCode, t), (r.IsSubpart, NpgsqlDbType.Boolean), (r.ParentName, t), (r.EnumeratedOn, d),
                (r.RegistryUpdatedOn, d), (r.DeactivatedOn, d), (r.DeactivationReason, t), (r.ReactivatedOn, d),
                (r.Source.ToString(), t), (r.ExternalSystem, t), (r.ExternalId, t), (NameText.Normalise(r.OrganisationName), t),
                (r.ContentHash, NpgsqlDbType.Bigint), (now, NpgsqlDbType.TimestampTz),
            ];
        return
        [
            (r.Npi, t), (r.LastName, t), (r.FirstName, t), (r.MiddleName, t), (r.NamePrefix, t), (r.NameSuffix, t),
            (r.Credentials, t), (r.OtherLastName, t), (r.OtherFirstName, t), (r.Sex.ToString(), t),
            (r.SoleProprietor, NpgsqlDbType.Boolean), (r.EnumeratedOn, d), (r.RegistryUpdatedOn, d), (r.DeactivatedOn, d),
            (r.DeactivationReason, t), (r.ReactivatedOn, d), (r.PrimaryTaxonomyCode, t), (r.Source.ToString(), t),
            (r.ExternalSystem, t), (r.ExternalId, t), (r.ContentHash, NpgsqlDbType.Bigint), (now, NpgsqlDbType.TimestampTz),
        ];
    }

    private async Task WriteChildrenAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, CancellationToken ct)
    {
        await CopyAsync($"{AddressTableOf(organisations).Table} ({AddressColumnsOf(organisations)})", row =>
        {
            foreach (var (id, r) in records)
                foreach (var a in r.Addresses()) AddressRow(row.Start(), id, a, organisations);
        }, ct);
        if (organisations) return;
        await CopyAsync($"hcp_taxonomies ({TaxonomyColumns})", row =>
        {
            foreach (var (id, r) in records)
                foreach (var (t, isPrimary) in r.TaxonomiesWithPrimary()) TaxonomyRow(row.Start(), id, t, isPrimary);
        }, ct);
    }

    /// <summary>One binary COPY into <paramref name="target"/> ("table (columns)"), its rows written by <paramref name="write"/>.</summary>
    private async Task CopyAsync(string target, Action<PostgresCopyRow> write, CancellationToken ct)
    {
        await using var copy = await _connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
        copy.Timeout = TimeSpan.Zero;
        write(new PostgresCopyRow(copy));
        await copy.CompleteAsync(ct);
    }

    public async Task SaveCheckpointAsync(ImportRun run, CancellationToken ct)
    {
        await using var cmd = Command("UPDATE directory_import_runs SET checkpoint_line = $1, imported = $2, updated = $3, unchanged = $4, "
            + "rejected = $5, errors = $6, status = $7, finished_at = $8 WHERE id = $9");
        foreach (var v in new object?[] { run.CheckpointLine, run.Imported, run.Updated, run.Unchanged, run.Rejected, run.Errors,
                     run.Status.ToString(), run.FinishedAt, run.Id })
            cmd.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value });
        cmd.Parameters[7].NpgsqlDbType = NpgsqlDbType.TimestampTz;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<long> ProviderCountAsync(CancellationToken ct)
    {
        await using var cmd = Command("SELECT (SELECT count(*) FROM hcps) + (SELECT count(*) FROM organisations)");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_tx is not null) await _tx.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
