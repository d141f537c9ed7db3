using Liaison.Core.Directory.Registry;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>Declared affiliations and their lookups, the run's checkpoint, and the per-kind statements of the hot path.</summary>
internal sealed partial class SqliteDirectoryStore
{
    // In process, a statement a row costs no round trip: the batch's keys are looked up one by one through prepared statements.

    public Task<Dictionary<string, Guid>> FindHcpIdsAsync(IReadOnlyCollection<string> npis, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var npi in npis)
            if (Id(S("SELECT id FROM hcps WHERE npi = ?1").Text(npi)) is { } id) found[npi] = id;
        return Task.FromResult(found);
    }

    public Task<Dictionary<OrganisationKey, Guid>> FindOrganisationIdsAsync(IReadOnlyCollection<OrganisationKey> keys, CancellationToken ct)
    {
        var found = new Dictionary<OrganisationKey, Guid>();
        foreach (var key in keys)
            if (Id(key.Npi is not null ? S("SELECT id FROM organisations WHERE npi = ?1").Text(key.Npi)
                    : key.System is null ? S("SELECT id FROM organisations WHERE external_id = ?1").Text(key.Id)
                    : S("SELECT id FROM organisations WHERE external_system = ?1 AND external_id = ?2").Text(key.System).Text(key.Id)) is { } id)
                found[key] = id;
        return Task.FromResult(found);
    }

    private static Guid? Id(SqliteStatement s)
    {
        Guid? id = s.Step() ? System.Guid.Parse(s.ColumnText(0)!) : null;
        s.Reset();
        return id;
    }

    public Task<Dictionary<(Guid Hcp, Guid Organisation), DeclaredAffiliation>> FindDeclaredAffiliationsAsync(
        IReadOnlyCollection<(Guid Hcp, Guid Organisation)> pairs, CancellationToken ct)
    {
        var found = new Dictionary<(Guid, Guid), DeclaredAffiliation>();
        foreach (var (hcp, organisation) in pairs)
        {
            var find = S("SELECT id, role, role_code, external_id FROM hcp_affiliations WHERE hcp_id = ?1 AND organisation_id = ?2 AND basis = 'Declared'")
                .Guid(hcp).Guid(organisation);
            if (find.Step())
                found[(hcp, organisation)] = new DeclaredAffiliation(System.Guid.Parse(find.ColumnText(0)!), hcp, organisation)
                    { Role = find.ColumnText(1), RoleCode = find.ColumnText(2), ExternalId = find.ColumnText(3) };
            find.Reset();
        }
        return Task.FromResult(found);
    }

    public Task InsertAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, DirectorySource source, DateTime now, CancellationToken ct)
    {
        foreach (var l in links)
            S("INSERT INTO hcp_affiliations (id, hcp_id, organisation_id, role, role_code, basis, source, external_id, is_primary, created_at) "
              + "VALUES (?1, ?2, ?3, ?4, ?5, 'Declared', ?6, ?7, 0, ?8)")
                .Guid(l.Id).Guid(l.HcpId).Guid(l.OrganisationId).Text(l.Role).Text(l.RoleCode).Text(source.ToString()).Text(l.ExternalId)
                .Instant(now).Run();
        return Task.CompletedTask;
    }

    public Task UpdateAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, CancellationToken ct)
    {
        foreach (var l in links)
            S("UPDATE hcp_affiliations SET role = ?1, role_code = ?2, external_id = ?3 WHERE id = ?4")
                .Text(l.Role).Text(l.RoleCode).Text(l.ExternalId).Guid(l.Id).Run();
        return Task.CompletedTask;
    }

    public Task AdoptSpecialtiesAsync(IReadOnlyList<(Guid HcpId, string NuccCode)> adoptions, CancellationToken ct)
    {
        foreach (var (hcp, code) in adoptions)
        {
            S("UPDATE hcps SET primary_taxonomy_code = ?1 WHERE id = ?2 AND primary_taxonomy_code IS NULL").Text(code).Guid(hcp).Run();
            if (SQLitePCL.raw.sqlite3_changes(_connection.Handle) == 0) continue; // it has a specialty
            TaxonomyRow(_hcps.InsertTaxonomy, hcp, new TaxonomyRecord(code, true, null, null, 1), isPrimary: true).Run();
            S("UPDATE hcp_search_entries SET specialty = ?1 WHERE hcp_id = ?2").Text(code).Guid(hcp).Run();
        }
        return Task.CompletedTask;
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

    /// <summary>The statements of one kind of provider, prepared on first use (the SQL is built once, not per row).</summary>
    private sealed class Statements(SqliteDirectoryStore store, bool organisations)
    {
        private readonly string _table = organisations ? "organisations" : "hcps";
        private readonly string _columns = organisations ? OrganisationColumns : HcpColumns;
        private readonly string _addresses = AddressTableOf(organisations).Table;
        private readonly string _owner = AddressTableOf(organisations).Owner;
        private SqliteStatement? _findByNpi, _findByExternal, _insert, _update, _setDeactivation, _deleteAddresses, _insertAddress;
        private SqliteStatement? _deleteListedAddresses, _findSecondaryLocations, _deleteSecondaryLocations, _touch;
        private SqliteStatement? _deleteTaxonomies, _insertTaxonomy, _insertSearch, _updateSearch, _setSearchActive;

        private const string Existing = "id, content_hash, deactivated_on, deactivation_reason, reactivated_on";

        public SqliteStatement FindByNpi => _findByNpi ??= store.S($"SELECT {Existing} FROM {_table} WHERE npi = ?1");
        public SqliteStatement FindByExternal => _findByExternal ??=
            store.S($"SELECT {Existing} FROM {_table} WHERE external_system = ?1 AND external_id = ?2");
        public SqliteStatement Insert => _insert ??=
            store.S($"INSERT INTO {_table} (id, created_at, version, {_columns}) VALUES ({Parameters(Count(_columns) + 3)})");
        public SqliteStatement Update => _update ??=
            store.S($"UPDATE {_table} SET {Assignments(_columns)}, version = version + 1 WHERE id = ?{Count(_columns) + 1}");
        public SqliteStatement SetDeactivation => _setDeactivation ??= store.S($"UPDATE {_table} SET deactivated_on = ?1, "
            + "deactivation_reason = ?2, reactivated_on = ?3, updated_at = ?4, version = version + 1 WHERE id = ?5");
        public SqliteStatement DeleteAddresses => _deleteAddresses ??= store.S($"DELETE FROM {_addresses} WHERE {_owner} = ?1");
        /// <summary>The practice and mailing addresses, not the secondary practice locations (<see cref="ProviderRecord.KeepsSecondaryLocations"/>).</summary>
        public SqliteStatement DeleteListedAddresses => _deleteListedAddresses ??=
            store.S($"DELETE FROM {_addresses} WHERE {_owner} = ?1 AND kind <> 'Other'");
        public SqliteStatement InsertAddress => _insertAddress ??= store.S(AddressInsert());
        /// <summary>An owner's secondary practice locations (NPPES pl_pfile), in the order they were written.</summary>
        public SqliteStatement FindSecondaryLocations => _findSecondaryLocations ??= store.S(
            $"SELECT line1, line2, city, state, postal_code, country, phone, fax FROM {_addresses} WHERE {_owner} = ?1 AND kind = 'Other' ORDER BY rowid");
        public SqliteStatement DeleteSecondaryLocations => _deleteSecondaryLocations ??=
            store.S($"DELETE FROM {_addresses} WHERE {_owner} = ?1 AND kind = 'Other'");
        /// <summary>Marks a provider changed (its addresses were), as an upsert does.</summary>
        public SqliteStatement Touch => _touch ??= store.S($"UPDATE {_table} SET updated_at = ?1, version = version + 1 WHERE id = ?2");
        public SqliteStatement DeleteTaxonomies => _deleteTaxonomies ??= store.S("DELETE FROM hcp_taxonomies WHERE hcp_id = ?1");
        public SqliteStatement InsertTaxonomy => _insertTaxonomy ??=
            store.S($"INSERT INTO hcp_taxonomies ({TaxonomyColumns}) VALUES ({Parameters(Count(TaxonomyColumns))})");
        public SqliteStatement InsertSearch => _insertSearch ??=
            store.S($"INSERT INTO hcp_search_entries ({SearchColumns}, hcp_id) VALUES ({Parameters(Count(SearchColumns) + 1)})");
        public SqliteStatement UpdateSearch => _updateSearch ??=
            store.S($"UPDATE hcp_search_entries SET {Assignments(SearchColumns)} WHERE hcp_id = ?{Count(SearchColumns) + 1}");
        public SqliteStatement SetSearchActive => _setSearchActive ??= store.S("UPDATE hcp_search_entries SET is_active = ?1 WHERE hcp_id = ?2");

        private string AddressInsert() =>
            $"INSERT INTO {_addresses} ({AddressColumnsOf(organisations)}) VALUES ({Parameters(Count(AddressColumnsOf(organisations)))})";
    }
}
