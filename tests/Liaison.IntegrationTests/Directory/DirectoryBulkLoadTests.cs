using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// The bulk load (search indexes suspended and rebuilt once, larger transactions) against the row-by-row import: the
/// same file gives the same directory, the indexes come back, and an interrupted load is repaired.
/// </summary>
public abstract class DirectoryBulkLoadTests(TestApp app)
{
    private static string Sample => Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");

    /// <summary>
    /// The sample with its NPIs moved to a range of their own (valid check digits), plus (<paramref name="changes"/>) a
    /// later row that renames one person and a deactivation-only row: repeats of NPIs the file gave already, which a bulk
    /// load must report as the row-by-row import does.
    /// </summary>
    protected static string Variant(string prefix, bool changes = true)
    {
        var lines = File.ReadAllLines(Sample);
        string Renumber(string npi) => $"{prefix}{npi[2..9]}{Npi.CheckDigit($"{prefix}{npi[2..9]}")}";
        var rows = lines.Skip(1).Select(l => $"\"{Renumber(l[1..11])}\"{l[12..]}").ToList();
        if (!changes) return Write(prefix, [lines[0], .. rows]);
        var wortsman = rows.Single(r => r.Contains("\"WORTSMAN\"", StringComparison.Ordinal));
        rows.Add(wortsman.Replace("\"WORTSMAN\"", "\"WORTSMANN-LEE\"", StringComparison.Ordinal));
        var header = lines[0].Split("\",\"");
        var cells = Enumerable.Repeat("", header.Length).ToArray();
        cells[0] = rows.Single(r => r.Contains("\"SMITSON\"", StringComparison.Ordinal))[1..11];
        cells[Array.IndexOf(header, "NPI Deactivation Date")] = "06/01/2021";
        rows.Add(string.Join(',', cells.Select(c => $"\"{c}\"")));
        return Write(prefix, [lines[0], .. rows]);
    }

    private static string Write(string prefix, string[] lines)
    {
        var file = Path.Combine(TestTemp.Folder("bulk-"), $"npidata-{prefix}.csv");
        File.WriteAllLines(file, lines);
        return file;
    }

    protected Task<ImportReport> Import(IImportSource source, bool bulk, int batchSize = 5000) => app.InScope(async sp =>
    {
        var runner = sp.GetRequiredService<DirectoryImportRunner>();
        (runner.BatchSize, runner.BulkCommitRows, runner.BulkLoadMinRows) = (batchSize, batchSize, bulk ? 0 : long.MaxValue);
        var result = await runner.RunAsync(source, null, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    });

    /// <summary>Everything stored about the providers of an NPI range, with ids, stamps and the NPI prefix left out.</summary>
    private Task<List<string>> Directory(string prefix) => app.Db(async db =>
    {
        var hcps = await db.Hcps.AsNoTracking().Where(h => h.Npi!.StartsWith(prefix)).Include(h => h.Addresses).Include(h => h.Taxonomies)
            .OrderBy(h => h.Npi).AsSplitQuery().ToListAsync();
        var search = await db.HcpSearchEntries.AsNoTracking().Where(e => hcps.Select(h => h.Id).Contains(e.HcpId)).ToDictionaryAsync(e => e.HcpId);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Npi!.StartsWith(prefix)).Include(o => o.Addresses)
            .OrderBy(o => o.Npi).ToListAsync();
        var rows = hcps.Select(h => string.Join('|', h.Npi![2..9], h.LastName, h.FirstName, h.MiddleName, h.Credentials, h.Sex, h.SoleProprietor,
            h.EnumeratedOn, h.RegistryUpdatedOn, h.DeactivatedOn, h.DeactivationReason, h.PrimaryTaxonomyCode, h.Version,
            string.Join(';', h.Addresses.OrderBy(a => a.Kind).Select(a => $"{a.Kind},{a.Line1},{a.City},{a.State},{a.PostalCode},{a.Phone},{a.Latitude}")),
            string.Join(';', h.Taxonomies.OrderBy(t => t.Ordinal).Select(t => $"{t.Code},{t.IsPrimary},{t.LicenseNumber},{t.LicenseState}")),
            search[h.Id] is var e ? $"{e.Names},{e.SortName},{e.LastNameKey},{e.Specialty},{e.State},{e.City},{e.Zip5},{e.IsActive}" : "")).ToList();
        rows.AddRange(organisations.Select(o => string.Join('|', o.Npi![2..9], o.Name, o.Kind, o.PrimaryTaxonomyCode, o.SearchName,
            string.Join(';', o.Addresses.Select(a => $"{a.Kind},{a.Line1},{a.City},{a.LocationKey}")))));
        return rows;
    });

    private Task<List<string?>> Found(string q) => app.InScope(async sp =>
    {
        var result = await sp.GetRequiredService<SearchHcps.Handler>().Handle(new SearchHcps.Query(q), new PageRequest(PageSize: 200), default);
        return result.Value!.Items.Select(i => i.Npi).ToList();
    });

    private Task<string?> SuspendedSetting() =>
        app.Db(db => db.WorkspaceSettings.AsNoTracking().Where(s => s.Key == SuspendedSearchIndexes.SettingKey).Select(s => s.Value).FirstOrDefaultAsync());

    /// <summary>The suspendable indexes and triggers the engine has right now.</summary>
    private Task<List<string>> SearchIndexes() => app.Db(db =>
    {
        var sql = db.Database.IsSqlite()
            ? $"SELECT name AS \"Value\" FROM sqlite_master WHERE name IN ({SuspendedSearchIndexes.NameList})"
            : $"SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ({SuspendedSearchIndexes.NameList})";
        return db.Database.SqlQueryRaw<string>(sql).OrderBy(n => n).ToListAsync();
    });

    /// <summary>The suspendable indexes with what changes when one is dropped and built again (root page, object id).</summary>
    private Task<List<string>> SearchIndexBuilds() => app.Db(db =>
    {
        var sql = db.Database.IsSqlite()
            ? $"SELECT name || ':' || rootpage AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name IN ({SuspendedSearchIndexes.NameList})"
            : $"SELECT relname || ':' || oid AS \"Value\" FROM pg_class WHERE relkind = 'i' AND relname IN ({SuspendedSearchIndexes.NameList})";
        return db.Database.SqlQueryRaw<string>(sql).OrderBy(n => n).ToListAsync();
    });

    [Fact]
    public async Task A_bulk_load_stores_the_same_directory_as_a_row_by_row_import()
    {
        var indexes = await SearchIndexes();
        var rowByRow = await Import(new NppesFileSource(Variant("95")), bulk: false);
        var bulk = await Import(new NppesFileSource(Variant("94")), bulk: true);

        Assert.Equal((rowByRow.Imported, rowByRow.Updated, rowByRow.Unchanged, rowByRow.Rejected, rowByRow.Deactivated),
            (bulk.Imported, bulk.Updated, bulk.Unchanged, bulk.Rejected, bulk.Deactivated));
        // The first row of an NPI stands: the rename and the deactivation-only row after it are reported.
        Assert.Equal((11, 0, 0, 2, 0), (bulk.Imported, bulk.Updated, bulk.Unchanged, bulk.Rejected, bulk.Deactivated));
        Assert.Equal(await Directory("95"), await Directory("94"));
        Assert.Null(await SuspendedSetting());
        Assert.Equal(indexes, await SearchIndexes());
        Assert.Contains(await Found("wortsman"), n => n!.StartsWith("94", StringComparison.Ordinal));
        Assert.Contains(await Found("wortsman"), n => n!.StartsWith("95", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_file_that_changes_little_is_not_loaded_in_bulk()
    {
        var file = Variant("89", changes: false);
        await Import(new NppesFileSource(file), bulk: true);
        var built = await SearchIndexBuilds();
        Assert.NotEmpty(built);
        // Twelve of thirteen rows unchanged: the batch does not write enough to suspend and rebuild the indexes.
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"BISBEE\"", "\"QUARTERMAINE\"", StringComparison.Ordinal));

        var again = await Import(new NppesFileSource(file), bulk: true);

        Assert.Equal((0, 1), (again.Imported, again.Updated));
        Assert.Equal(built, await SearchIndexBuilds());
        Assert.Contains(await Found("quartermaine"), n => n!.StartsWith("89", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_bulk_load_row_by_row_changes_reach_the_name_index_again()
    {
        var file = Variant("93", changes: false);
        await Import(new NppesFileSource(file), bulk: true);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"BISBEE\"", "\"QUARTERMAINE\"", StringComparison.Ordinal));

        var report = await Import(new NppesFileSource(file), bulk: false);

        Assert.Equal(1, report.Updated);
        Assert.Contains(await Found("quartermaine"), n => n!.StartsWith("93", StringComparison.Ordinal));
        Assert.DoesNotContain(await Found("bisbee"), n => n!.StartsWith("93", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_interrupted_bulk_load_is_repaired_by_the_next_start_and_resumes_to_the_same_directory()
    {
        var indexes = await SearchIndexes();
        var file = Variant("92");
        await Assert.ThrowsAsync<IOException>(() => Import(new FailingAfterFirstBatch(new NppesFileSource(file)), bulk: true, batchSize: 4));
        Assert.NotNull(await SuspendedSetting());
        Assert.NotEqual(indexes, await SearchIndexes());

        await app.InScope(async sp => await sp.GetRequiredService<WorkspaceMigrator>().MigrateAsync(default));
        Assert.Null(await SuspendedSetting());
        Assert.Equal(indexes, await SearchIndexes());

        var resumed = await Import(new NppesFileSource(file), bulk: true, batchSize: 4);
        Assert.True(resumed.Resumed);
        Assert.Equal((11, 2), (resumed.Imported + resumed.Updated + resumed.Unchanged, resumed.Rejected));
        await Import(new NppesFileSource(Variant("91")), bulk: false, batchSize: 4);
        Assert.Equal(await Directory("91"), await Directory("92"));
        Assert.Equal(indexes, await SearchIndexes());
    }
}

public sealed class DirectoryBulkLoadOnSqlite(SqliteApp app) : DirectoryBulkLoadTests(app), IClassFixture<SqliteApp>;

public sealed class DirectoryBulkLoadOnPostgres(PostgresApp app) : DirectoryBulkLoadTests(app), IClassFixture<PostgresApp>
{
    private readonly PostgresApp _app = app;

    [Fact]
    public async Task A_bulk_load_leaves_the_loaded_tables_vacuumed_and_analyzed()
    {
        var since = DateTime.UtcNow.AddSeconds(-1);
        await Import(new NppesFileSource(Variant("90", changes: false)), bulk: true);
        // Statistics for the planner and hint bits set now, not when autovacuum gets there.
        var tables = await _app.InScope(async sp => await sp.GetRequiredService<LiaisonDbContext>().Database.SqlQuery<string>($"""
            SELECT relname AS "Value" FROM pg_stat_user_tables
            WHERE relname IN ('hcps', 'hcp_addresses', 'hcp_taxonomies', 'hcp_search_entries', 'organisations', 'organisation_addresses')
              AND last_vacuum >= {since} AND last_analyze >= {since}
            """).ToListAsync());
        Assert.Equal(6, tables.Count);
    }

    [Fact]
    public async Task A_load_that_writes_a_tenth_of_the_directory_or_more_refreshes_the_statistics_and_an_unchanged_one_does_not()
    {
        // However many loads this fixture ran before, a file of the sample's size is a tenth or more of the directory.
        var file = Variant("91", changes: false);
        var since = DateTime.UtcNow.AddSeconds(-1);
        Assert.True((await Import(new NppesFileSource(file), bulk: false)).Imported > 0);
        Assert.Equal(["hcps", "organisations"], await AnalyzedSince(since));

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var again = DateTime.UtcNow;
        var unchanged = await Import(new NppesFileSource(file), bulk: false);
        Assert.Equal((0, 0), (unchanged.Imported, unchanged.Updated));
        Assert.Empty(await AnalyzedSince(again));
    }

    private Task<List<string>> AnalyzedSince(DateTime since) => _app.InScope(async sp =>
        await sp.GetRequiredService<LiaisonDbContext>().Database.SqlQuery<string>($"""
            SELECT relname AS "Value" FROM pg_stat_user_tables
            WHERE relname IN ('hcps', 'organisations') AND last_analyze >= {since} ORDER BY relname
            """).ToListAsync());
}
