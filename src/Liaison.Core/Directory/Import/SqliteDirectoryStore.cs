using Liaison.Core.Directory.Registry;
using Microsoft.Data.Sqlite;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The SQLite write path: prepared statements on one connection, one IMMEDIATE transaction per batch, with a
/// large page cache for the import's duration. The FTS5 name index follows hcp_search_entries by trigger.
/// </summary>
internal sealed class SqliteDirectoryStore : IDirectoryStore
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);

    private SqliteDirectoryStore(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteDirectoryStore> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(ct);
        // Raw statements bypass Microsoft.Data.Sqlite's busy retry: let SQLite itself wait for a concurrent writer.
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, Math.Max(30, new SqliteConnectionStringBuilder(connectionString).DefaultTimeout) * 1000);
        return new SqliteDirectoryStore(connection);
    }

    private SqliteStatement S(string sql)
    {
        if (!_statements.TryGetValue(sql, out var s)) _statements[sql] = s = new SqliteStatement(_connection.Handle!, sql);
        return s;
    }

    private void Exec(string sql) => S(sql).Run();

    public Task BeginAsync(CancellationToken ct) { Exec("BEGIN IMMEDIATE"); return Task.CompletedTask; }

    public Task CommitAsync(CancellationToken ct) { Exec("COMMIT"); return Task.CompletedTask; }

    public Task<Dictionary<string, ExistingProvider>> FindAsync(IReadOnlyList<ProviderRecord> records, bool organisations, CancellationToken ct)
    {
        var table = organisations ? "organisations" : "hcps";
        const string columns = "id, content_hash, deactivated_on, deactivation_reason, reactivated_on";
        var byNpi = S($"SELECT {columns} FROM {table} WHERE npi = ?1");
        var byExternal = S($"SELECT {columns} FROM {table} WHERE external_system = ?1 AND external_id = ?2");
        var found = new Dictionary<string, ExistingProvider>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var s = r.Npi is not null ? byNpi.Text(r.Npi) : byExternal.Text(r.ExternalSystem).Text(r.ExternalId);
            if (s.Step())
                found[ProviderKey.Of(r)] = new ExistingProvider(System.Guid.Parse(s.ColumnText(0)!), s.ColumnInt(1), s.ColumnDate(2),
                    s.ColumnText(3), s.ColumnDate(4));
            s.Reset();
        }
        return Task.FromResult(found);
    }

    public Task InsertAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        var columns = organisations ? OrganisationColumns : HcpColumns;
        var insert = S($"INSERT INTO {(organisations ? "organisations" : "hcps")} (id, created_at, version, {columns}) VALUES ({Parameters(Count(columns) + 3)})");
        foreach (var (id, r) in records)
        {
            Bind(insert.Guid(id).Instant(now).Int(0), r, organisations, now).Run();
            WriteChildren(id, r, organisations, replace: false);
        }
        return Task.CompletedTask;
    }

    public Task UpdateAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        var columns = organisations ? OrganisationColumns : HcpColumns;
        var n = Count(columns);
        var update = S($"UPDATE {(organisations ? "organisations" : "hcps")} SET {Assignments(columns)}, version = version + 1 WHERE id = ?{n + 1}");
        foreach (var (id, r) in records)
        {
            Bind(update, r, organisations, now).Guid(id).Run();
            WriteChildren(id, r, organisations, replace: true);
        }
        return Task.CompletedTask;
    }

    public Task SetDeactivationAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        var set = S($"UPDATE {(organisations ? "organisations" : "hcps")} SET deactivated_on = ?1, deactivation_reason = ?2, "
            + "reactivated_on = ?3, updated_at = ?4, version = version + 1 WHERE id = ?5");
        var active = S("UPDATE hcp_search_entries SET is_active = ?1 WHERE hcp_id = ?2");
        foreach (var (id, r) in records)
        {
            set.Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn).Instant(now).Guid(id).Run();
            if (!organisations) active.Bool(SearchEntryValues.Active(r.DeactivatedOn, r.ReactivatedOn)).Guid(id).Run();
        }
        return Task.CompletedTask;
    }

    private static SqliteStatement Bind(SqliteStatement s, ProviderRecord r, bool organisations, DateTime now)
    {
        if (organisations)
            return s.Text(r.Npi).Text(r.OrganisationName).Text(r.OrganisationOtherName).Text(r.OrganisationKind.ToString())
                .Text(r.PrimaryTaxonomyCode).Bool(r.IsSubpart).Text(r.ParentName).Date(r.EnumeratedOn).Date(r.RegistryUpdatedOn)
                .Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn).Text(r.Source.ToString())
                .Text(r.ExternalSystem).Text(r.ExternalId).Text(NameText.Normalise(r.OrganisationName)).Int(r.ContentHash).Instant(now);
        return s.Text(r.Npi).Text(r.LastName).Text(r.FirstName).Text(r.MiddleName).Text(r.NamePrefix).Text(r.NameSuffix)
            .Text(r.Credentials).Text(r.OtherLastName).Text(r.OtherFirstName).Text(r.Sex.ToString()).Bool(r.SoleProprietor)
            .Date(r.EnumeratedOn).Date(r.RegistryUpdatedOn).Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn)
            .Text(r.PrimaryTaxonomyCode).Text(r.Source.ToString()).Text(r.ExternalSystem).Text(r.ExternalId).Int(r.ContentHash)
            .Instant(now);
    }

    private void WriteChildren(Guid id, ProviderRecord r, bool organisations, bool replace)
    {
        var owner = organisations ? "organisation_id" : "hcp_id";
        var addressTable = organisations ? "organisation_addresses" : "hcp_addresses";
        if (replace) S($"DELETE FROM {addressTable} WHERE {owner} = ?1").Guid(id).Run();
        var addressColumns = string.Format(System.Globalization.CultureInfo.InvariantCulture, DirectorySql.AddressColumns, owner)
            + (organisations ? ", location_key" : "");
        var address = S($"INSERT INTO {addressTable} ({addressColumns}) VALUES ({Parameters(Count(addressColumns))})");
        foreach (var a in r.Addresses())
        {
            address.Guid(System.Guid.CreateVersion7()).Guid(id).Text(a.Kind.ToString()).Text(a.Line1).Text(a.Line2).Text(a.City)
                .Text(a.State).Text(a.PostalCode).Text(a.Country).Text(a.Phone).Text(a.Fax).Real(a.Latitude).Real(a.Longitude);
            if (organisations) address.Text(a.Kind == AddressKind.Practice ? LocationKey(a) : null);
            address.Run();
        }
        if (organisations) return;

        if (replace) S("DELETE FROM hcp_taxonomies WHERE hcp_id = ?1").Guid(id).Run();
        var taxonomy = S($"INSERT INTO hcp_taxonomies ({TaxonomyColumns}) VALUES ({Parameters(Count(TaxonomyColumns))})");
        var primary = r.PrimaryTaxonomyCode;
        var primaryMarked = false;
        foreach (var t in r.Taxonomies)
        {
            // Exactly one primary: the flagged one, else the first.
            var isPrimary = !primaryMarked && t.Code == primary && (t.IsPrimary || !r.Taxonomies.Any(x => x.IsPrimary));
            primaryMarked |= isPrimary;
            taxonomy.Guid(System.Guid.CreateVersion7()).Guid(id).Text(t.Code).Bool(isPrimary).Text(t.LicenseNumber)
                .Text(t.LicenseState).Int(t.Ordinal).Run();
        }

        var e = SearchEntryValues.Of(r);
        var search = replace
            ? S($"UPDATE hcp_search_entries SET {Assignments(SearchColumns)} WHERE hcp_id = ?{Count(SearchColumns) + 1}")
            : S($"INSERT INTO hcp_search_entries ({SearchColumns}, hcp_id) VALUES ({Parameters(Count(SearchColumns) + 1)})");
        search.Text(e.Names).Text(e.SortName).Text(e.LastNameKey).Text(e.Specialty).Text(e.State).Text(e.City).Text(e.Zip5)
            .Real(e.Latitude).Real(e.Longitude).Bool(e.IsActive).Guid(id).Run();
    }

    public Task<Guid?> FindHcpAsync(string npi, CancellationToken ct)
    {
        var s = S("SELECT id FROM hcps WHERE npi = ?1").Text(npi);
        Guid? id = s.Step() ? System.Guid.Parse(s.ColumnText(0)!) : null;
        s.Reset();
        return Task.FromResult(id);
    }

    public Task<Guid?> FindOrganisationAsync(AffiliationRecord link, CancellationToken ct)
    {
        var s = link.OrganisationNpi is not null
            ? S("SELECT id FROM organisations WHERE npi = ?1").Text(link.OrganisationNpi)
            : link.OrganisationSystem is null
                ? S("SELECT id FROM organisations WHERE external_id = ?1").Text(link.OrganisationId)
                : S("SELECT id FROM organisations WHERE external_system = ?1 AND external_id = ?2").Text(link.OrganisationSystem).Text(link.OrganisationId);
        Guid? id = s.Step() ? System.Guid.Parse(s.ColumnText(0)!) : null;
        s.Reset();
        return Task.FromResult(id);
    }

    public Task<bool?> UpsertAffiliationAsync(Guid hcpId, Guid organisationId, AffiliationRecord link, DateTime now, CancellationToken ct,
        DirectorySource source = DirectorySource.Fhir)
    {
        var find = S("SELECT id, role, role_code FROM hcp_affiliations WHERE hcp_id = ?1 AND organisation_id = ?2 AND basis = 'Declared'")
            .Guid(hcpId).Guid(organisationId);
        if (find.Step())
        {
            var (id, role, code) = (System.Guid.Parse(find.ColumnText(0)!), find.ColumnText(1), find.ColumnText(2));
            find.Reset();
            if (role == link.Role && code == link.RoleCode) return Task.FromResult<bool?>(false);
            S("UPDATE hcp_affiliations SET role = ?1, role_code = ?2, external_id = ?3 WHERE id = ?4")
                .Text(link.Role).Text(link.RoleCode).Text(link.ExternalId).Guid(id).Run();
            return Task.FromResult<bool?>(true);
        }
        find.Reset();
        S("INSERT INTO hcp_affiliations (id, hcp_id, organisation_id, role, role_code, basis, source, external_id, is_primary, created_at) "
          + "VALUES (?1, ?2, ?3, ?4, ?5, 'Declared', ?8, ?6, 0, ?7)")
            .Guid(System.Guid.CreateVersion7()).Guid(hcpId).Guid(organisationId).Text(link.Role).Text(link.RoleCode)
            .Text(link.ExternalId).Instant(now).Text(source.ToString()).Run();
        return Task.FromResult<bool?>(null);
    }

    public Task SaveCheckpointAsync(ImportRun run, CancellationToken ct)
    {
        S("UPDATE directory_import_runs SET checkpoint_line = ?1, imported = ?2, updated = ?3, unchanged = ?4, rejected = ?5, "
          + "errors = ?6, status = ?7, finished_at = ?8 WHERE id = ?9")
            .Int(run.CheckpointLine).Int(run.Imported).Int(run.Updated).Int(run.Unchanged).Int(run.Rejected).Text(run.Errors)
            .Text(run.Status.ToString()).Text(run.FinishedAt?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture))
            .Guid(run.Id).Run();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _statements.Values) s.Dispose();
        _statements.Clear();
        await _connection.DisposeAsync();
    }
}
