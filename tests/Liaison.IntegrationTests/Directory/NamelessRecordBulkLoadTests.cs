using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Nameless records replaced by organisations and filled in by people in a bulk load (search indexes, triggers and, on
/// PostgreSQL, foreign keys suspended, so nothing cascades), killed after its first commit and resumed, then imported again.
/// </summary>
public abstract class NamelessRecordBulkLoadTests(TestApp app)
{
    private const int Organisations = 30, People = 10;

    private Task<ImportReport> Import(IImportSource source, bool bulk) => app.InScope(async sp =>
    {
        var runner = sp.GetRequiredService<DirectoryImportRunner>();
        // As DirectoryBulkLoadTests: any size counts as large, in batches (and bulk commits) of four rows.
        (runner.BatchSize, runner.BulkCommitRows, runner.BulkLoadMinRows) = (4, 4, bulk ? 0 : long.MaxValue);
        var result = await runner.RunAsync(source, null, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    });

    private Task<string?> SuspendedSetting() =>
        app.Db(db => db.WorkspaceSettings.AsNoTracking().Where(s => s.Key == SuspendedSearchIndexes.SettingKey).Select(s => s.Value).FirstOrDefaultAsync());

    [Fact]
    public async Task A_killed_and_resumed_bulk_load_leaves_one_record_per_npi_each_replacement_audited_once()
    {
        var npis = Enumerable.Range(1, Organisations + People).Select(i => NppesRows.Npi(172_000_000 + i)).ToList();
        await Import(new NppesFileSource(NppesRows.File("deactivated.csv", npis.Select(n => NppesRows.Deactivated(n)))), bulk: false);
        var placeholders = await app.Db(db => db.Hcps.Where(h => npis.Contains(h.Npi!)).ToDictionaryAsync(h => h.Npi!, h => h.Id));
        // The last organisation's nameless record has a consent: it stays, and its row is reported.
        var referenced = npis[Organisations - 1];
        await NamelessRecordImportTests.GiveConsent(app, placeholders[referenced]);
        var full = NppesRows.File("full.csv", npis.Select((n, i) => i < Organisations
            ? NppesRows.Organisation(n, "06/01/2021", "01/15/2022")
            : NppesRows.Person(n, "06/01/2021", "01/15/2022")));

        await Assert.ThrowsAsync<IOException>(() => Import(new FailingAfterFirstBatch(new NppesFileSource(full)), bulk: true));
        Assert.NotNull(await SuspendedSetting()); // the first batch was loaded in bulk, and committed
        var resumed = await Import(new NppesFileSource(full), bulk: true);

        Assert.True(resumed.Resumed);
        Assert.Equal((0, Organisations + People - 1, 0, 1), (resumed.Imported, resumed.Updated, resumed.Unchanged, resumed.Rejected));
        Assert.Equal((Organisations + 1L, "Entity Type Code"), (resumed.Errors.Single().Line, resumed.Errors.Single().Column));
        Assert.Null(await SuspendedSetting());
        var organisations = await app.Db(db => db.Organisations.Where(o => npis.Contains(o.Npi!)).Select(o => o.Npi!).ToListAsync());
        var hcps = await app.Db(db => db.Hcps.Where(h => npis.Contains(h.Npi!)).Select(h => new { Npi = h.Npi!, h.Id, h.LastName }).ToListAsync());
        Assert.Equal(npis.Order(), organisations.Concat(hcps.Select(h => h.Npi)).Order()); // one record per NPI
        Assert.Equal(npis.Take(Organisations - 1).Order(), organisations.Order());
        Assert.Equal([(referenced, placeholders[referenced], "")], hcps.Where(h => h.LastName == "").Select(h => (h.Npi, h.Id, h.LastName)));
        Assert.All(hcps.Where(h => h.Npi != referenced), h => Assert.Equal((placeholders[h.Npi], "SMITSON"), (h.Id, h.LastName)));
        var removed = npis.Take(Organisations - 1).Select(n => placeholders[n]).ToList();
        Assert.Equal(0, await app.Db(db => db.HcpSearchEntries.CountAsync(e => removed.Contains(e.HcpId))));
        var removedIds = removed.Select(id => id.ToString()).ToList();
        // One removal entry per replaced record, across the kill: none lost with the first process, none repeated by the second.
        var removals = await app.Db(db => db.AuditEntries.Where(e => e.Entity == "Hcp" && e.Action == "Delete" && removedIds.Contains(e.EntityKey))
            .Select(e => e.EntityKey).ToListAsync());
        Assert.Equal(removedIds.Order(), removals.Order());

        var again = await Import(new NppesFileSource(NppesRows.CopyOf(full)), bulk: true);
        Assert.Equal((0, 0, Organisations + People - 1, 1), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
    }
}

public sealed class NamelessRecordBulkLoadOnSqlite(SqliteApp app) : NamelessRecordBulkLoadTests(app), IClassFixture<SqliteApp>;

public sealed class NamelessRecordBulkLoadOnPostgres(PostgresApp app) : NamelessRecordBulkLoadTests(app), IClassFixture<PostgresApp>;
