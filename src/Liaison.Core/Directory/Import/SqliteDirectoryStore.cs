using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;
using Microsoft.Data.Sqlite;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The SQLite write path: prepared statements on one connection, IMMEDIATE transactions, with a large page cache
/// for the import's duration. The FTS5 name index follows hcp_search_entries by trigger, except during a bulk load.
/// </summary>
internal sealed partial class SqliteDirectoryStore : IDirectoryStore
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);
    private readonly Statements _hcps, _organisations;
    private readonly IReadOnlyList<HcpReference> _references;
    private readonly Actor _actor;

    /// <summary>The load's page cache: 256 MB, reached within the first few hundred thousand rows and held from then on.</summary>
    private const string LoadCachePragma = "PRAGMA cache_size = -262144;";

    /// <summary>
    /// The index builds at the end of a bulk load. SQLite's sorter fills a buffer up to the page cache's size before it
    /// sorts it into a temporary file, and with a worker thread a second buffer fills while the first is sorted: with the
    /// load's cache a build could add up to twice 256 MB, growing with the directory (1,000,000 rows: +125 MB over the
    /// load's level, for the addresses' owner index). With runs of 16 MB the import's peak stays near the load's level
    /// whatever the file's size, and the builds of a 1,000,000-row load took as long (8.2 s against 8.3 s).
    /// </summary>
    private const string SortCachePragma = "PRAGMA cache_size = -16384;";

    private SqliteDirectoryStore(SqliteConnection connection, IReadOnlyList<HcpReference> references, Actor actor)
    {
        (_connection, _references, _actor) = (connection, references, actor);
        _hcps = new Statements(this, organisations: false);
        _organisations = new Statements(this, organisations: true);
    }

    /// <param name="references">The columns that reference an HCP (<see cref="NamelessRecords"/>).</param>
    /// <param name="actor">Who the audit entries the store writes name.</param>
    public static async Task<SqliteDirectoryStore> OpenAsync(string connectionString, IReadOnlyList<HcpReference> references, Actor actor,
        CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"{LoadCachePragma} PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(ct);
        // Raw statements bypass Microsoft.Data.Sqlite's busy retry: let SQLite itself wait for a concurrent writer.
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, Math.Max(30, new SqliteConnectionStringBuilder(connectionString).DefaultTimeout) * 1000);
        return new SqliteDirectoryStore(connection, references, actor);
    }

    private SqliteStatement S(string sql)
    {
        if (!_statements.TryGetValue(sql, out var s)) _statements[sql] = s = new SqliteStatement(_connection.Handle!, sql);
        return s;
    }

    private void Exec(string sql) => S(sql).Run();

    public Task BeginAsync(CancellationToken ct) { Exec("BEGIN IMMEDIATE"); return Task.CompletedTask; }

    public Task CommitAsync(CancellationToken ct, bool durable = false)
    {
        Exec("COMMIT");
        // synchronous = NORMAL syncs the write-ahead log at checkpoints only: one now puts this commit, and every one
        // before it, on disk (the log is synced before it is copied into the database, the database after).
        if (durable) Run("PRAGMA wal_checkpoint(PASSIVE)");
        return Task.CompletedTask;
    }

    public Task<long> ProviderCountAsync(CancellationToken ct)
    {
        // max(rowid) is instant where count(*) scans: close enough to weigh a bulk load against the directory's size.
        var s = S("SELECT (SELECT coalesce(max(rowid), 0) FROM hcps) + (SELECT coalesce(max(rowid), 0) FROM organisations)");
        s.Step();
        var n = s.ColumnInt(0);
        s.Reset();
        return Task.FromResult(n);
    }

    public Task<Dictionary<string, ExistingProvider>> FindAsync(IReadOnlyList<ProviderRecord> records, bool organisations, CancellationToken ct)
    {
        var statements = For(organisations);
        var found = new Dictionary<string, ExistingProvider>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var s = r.Npi is not null ? statements.FindByNpi.Text(r.Npi) : statements.FindByExternal.Text(r.ExternalSystem).Text(r.ExternalId);
            if (s.Step())
                found[ProviderKey.Of(r)] = new ExistingProvider(System.Guid.Parse(s.ColumnText(0)!), s.ColumnInt(1), s.ColumnDate(2),
                    s.ColumnText(3), s.ColumnDate(4));
            s.Reset();
        }
        return Task.FromResult(found);
    }

    public Task InsertAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        var statements = For(organisations);
        foreach (var (id, r) in records)
        {
            ProviderRow(statements.Insert.Guid(id).Instant(now).Int(0), r, organisations, now).Run();
            WriteChildren(statements, id, r, organisations, replace: false);
        }
        return Task.CompletedTask;
    }

    public Task UpdateAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        if (records.Count > 0) RestoreOwnerIndexes();
        var statements = For(organisations);
        foreach (var (id, r) in records)
        {
            ProviderRow(statements.Update, r, organisations, now).Guid(id).Run();
            WriteChildren(statements, id, r, organisations, replace: true);
        }
        return Task.CompletedTask;
    }

    public Task SetDeactivationAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct)
    {
        var statements = For(organisations);
        foreach (var (id, r) in records)
        {
            statements.SetDeactivation.Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn).Instant(now).Guid(id).Run();
            if (!organisations) _hcps.SetSearchActive.Bool(SearchEntryValues.Active(r.DeactivatedOn, r.ReactivatedOn)).Guid(id).Run();
        }
        return Task.CompletedTask;
    }

    private Statements For(bool organisations) => organisations ? _organisations : _hcps;

    private void WriteChildren(Statements statements, Guid id, ProviderRecord r, bool organisations, bool replace)
    {
        if (replace) (r.KeepsSecondaryLocations ? statements.DeleteListedAddresses : statements.DeleteAddresses).Guid(id).Run();
        foreach (var a in r.Addresses()) AddressRow(statements.InsertAddress, id, a, organisations).Run();
        if (organisations) return;

        if (replace) _hcps.DeleteTaxonomies.Guid(id).Run();
        foreach (var (t, isPrimary) in r.TaxonomiesWithPrimary()) TaxonomyRow(_hcps.InsertTaxonomy, id, t, isPrimary).Run();
        SearchRow(replace ? _hcps.UpdateSearch : _hcps.InsertSearch, id, r.SearchEntry).Run();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _statements.Values) s.Dispose();
        _statements.Clear();
        await _connection.DisposeAsync();
    }
}
