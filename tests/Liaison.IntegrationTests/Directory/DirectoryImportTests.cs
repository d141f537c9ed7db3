using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

public abstract class DirectoryImportTests(TestApp app)
{
    private static string Sample => Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");

    /// <summary>Each test works on its own copy (the run is found by the file's fingerprint), so tests stay independent.</summary>
    private static string CopyOf(string file, Func<string, string>? edit = null)
    {
        var copy = Path.Combine(TestTemp.Folder("nppes-"), Path.GetFileName(file));
        var text = File.ReadAllText(file);
        File.WriteAllText(copy, edit is null ? text : edit(text));
        return copy;
    }

    private Task<ImportReport> Import(IImportSource source, int batchSize = 5000) => app.Import(source, batchSize);

    [Fact]
    public async Task Sample_imports_once_and_a_second_run_changes_nothing()
    {
        // A fresh NPI prefix per test keeps tests on the shared database apart: rewrite the sample's NPIs? No — the
        // sample's NPIs are real and shared, so this test only asserts what holds whichever test ran first.
        var first = await Import(new NppesFileSource(CopyOf(Sample)));
        Assert.Equal(0, first.Rejected);
        Assert.Equal(11, first.Imported + first.Updated + first.Unchanged);
        var again = await Import(new NppesFileSource(CopyOf(Sample)));
        Assert.Equal((0, 0, 11), (again.Imported, again.Updated, again.Unchanged));
        // The sample's own NPIs: other tests add NPPES records of theirs to the shared database.
        var npis = File.ReadLines(Sample).Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList();
        Assert.Equal(11, await app.Db(db => db.Hcps.CountAsync(h => npis.Contains(h.Npi!) && h.Source == Core.Directory.DirectorySource.Nppes))
            + await app.Db(db => db.Organisations.CountAsync(o => npis.Contains(o.Npi!) && o.Source == Core.Directory.DirectorySource.Nppes)));
        var audit = await app.Db(db => db.AuditEntries.Where(e => e.Entity == "DirectoryImport" && e.EntityKey == again.RunId.ToString()).ToListAsync());
        Assert.Single(audit);
        Assert.Contains("\"unchanged\":11", audit[0].NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_row_is_updated_and_a_deactivation_recorded()
    {
        await Import(new NppesFileSource(CopyOf(Sample)));
        var changed = await Import(new NppesFileSource(CopyOf(Sample, t => t.Replace("\"SMITSON\"", "\"SMITSON-JONES\"", StringComparison.Ordinal)
            .Replace("\"1306849450\",\"1\"", "\"1306849450\",\"1\"", StringComparison.Ordinal))));
        Assert.Equal(1, changed.Updated);
        Assert.Equal("SMITSON-JONES", await app.Db(db => db.Hcps.Where(h => h.Npi == "1306849450").Select(h => h.LastName).SingleAsync()));

        var header = File.ReadLines(Sample).First();
        var columns = header.Split("\",\"").Length;
        var cells = Enumerable.Repeat("", columns).ToArray();
        cells[0] = "1306849450";
        cells[header.Replace("\"", "", StringComparison.Ordinal).Split(',').ToList().IndexOf("NPI Deactivation Date")] = "06/01/2021";
        var deactivation = CopyOf(Sample, _ => header + "\n" + string.Join(',', cells.Select(c => $"\"{c}\"")) + "\n");
        var report = await Import(new NppesFileSource(deactivation));
        Assert.Equal((1, 1), (report.Updated, report.Deactivated));
        Assert.Equal(new DateOnly(2021, 6, 1), await app.Db(db => db.Hcps.Where(h => h.Npi == "1306849450").Select(h => h.DeactivatedOn).SingleAsync()));
        Assert.False(await app.Db(db => db.HcpSearchEntries.Where(e => db.Hcps.Any(h => h.Id == e.HcpId && h.Npi == "1306849450")).Select(e => e.IsActive).SingleAsync()));
        // Restore the shared sample state for other tests.
        await Import(new NppesFileSource(CopyOf(Sample)));
    }

    [Fact]
    public async Task An_npi_the_registry_lists_only_as_deactivated_is_imported_as_such_and_a_later_full_row_names_it()
    {
        var npi = Core.Impact.Simulation.DemoSubjects.Npi(180_000_000 + Random.Shared.Next(9_000_000));
        var header = File.ReadLines(Sample).First();
        var names = header.Replace("\"", "", StringComparison.Ordinal).Split(',').ToList();
        var cells = Enumerable.Repeat("", names.Count).ToArray();
        cells[0] = npi;
        cells[names.IndexOf("NPI Deactivation Date")] = "06/01/2021";
        var deactivated = CopyOf(Sample, _ => header + "\n" + string.Join(',', cells.Select(c => $"\"{c}\"")) + "\n");

        var first = await Import(new NppesFileSource(deactivated));
        Assert.Equal((1, 0, 0, 0, 1), (first.Imported, first.Updated, first.Unchanged, first.Rejected, first.Deactivated));
        Assert.Equal(new DateOnly(2021, 6, 1), await app.Db(db => db.Hcps.Where(h => h.Npi == npi).Select(h => h.DeactivatedOn).SingleAsync()));
        var found = (await app.InScope(sp => sp.GetRequiredService<Core.Directory.Search.SearchHcps.Handler>()
            .Handle(new Core.Directory.Search.SearchHcps.Query(npi), new Core.Common.PageRequest(), default))).Value!.Items.Single();
        Assert.Equal((Hcp.Unnamed(npi), false), (found.Name, found.Active));
        var again = await Import(new NppesFileSource(CopyOf(deactivated)));
        Assert.Equal((0, 0, 1), (again.Imported, again.Updated, again.Unchanged));

        // Reactivated: the registry's full row for the NPI names the person, and the search finds the name.
        var row = File.ReadLines(Sample).Single(l => l.StartsWith("\"1306849450\"", StringComparison.Ordinal));
        var full = CopyOf(Sample, _ => header + "\n" + row.Replace("\"1306849450\"", $"\"{npi}\"", StringComparison.Ordinal) + "\n");
        var named = await Import(new NppesFileSource(full));
        Assert.Equal((0, 1), (named.Imported, named.Updated));
        var entry = await app.Db(db => db.HcpSearchEntries.Where(e => db.Hcps.Any(h => h.Id == e.HcpId && h.Npi == npi)).SingleAsync());
        Assert.True(entry.IsActive);
        Assert.StartsWith("SMITSON", entry.SortName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_import_resumes_from_its_checkpoint_to_the_same_final_state()
    {
        var file = CopyOf(Sample, t => t.Replace("\"1023011178\"", "\"1023011178\"", StringComparison.Ordinal) + "\"1234\"\n");
        var broken = new FailingAfterFirstBatch(new NppesFileSource(file));
        await Assert.ThrowsAsync<IOException>(() => app.InScope(async sp =>
        {
            var runner = sp.GetRequiredService<DirectoryImportRunner>();
            runner.BatchSize = 4;
            return await runner.RunAsync(broken, null, default);
        }));
        var checkpoint = await app.Db(db => db.DirectoryImportRuns.AsNoTracking().SingleAsync(r => r.FileName == Path.GetFileName(file)
            && r.Status == ImportStatus.Running && r.CheckpointLine == 5));
        Assert.Equal(4, checkpoint.Imported + checkpoint.Updated + checkpoint.Unchanged);

        var resumed = await Import(new NppesFileSource(file), batchSize: 4);
        Assert.True(resumed.Resumed);
        Assert.Equal(11, resumed.Imported + resumed.Updated + resumed.Unchanged);
        Assert.Equal(1, resumed.Rejected);
        Assert.Equal(13, resumed.Errors.Single().Line);
        Assert.Equal(1, await app.Db(db => db.Hcps.CountAsync(h => h.Npi == "1588667638")));
    }

    [Fact]
    public async Task Fhir_sample_imports_practitioners_organisations_and_roles()
    {
        var folder = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");
        var reports = new List<ImportReport>();
        foreach (var source in FhirImportSource.ForPath(folder)) reports.Add(await Import(source));
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Equal(0, r.Rejected));
        Assert.All(reports, r => Assert.Equal(43, r.Imported + r.Updated + r.Unchanged));
        var affiliated = await app.Db(db => db.Affiliations.CountAsync(a => a.Source == Core.Directory.DirectorySource.Fhir));
        Assert.Equal(43, affiliated);
        var hcp = await app.Db(db => db.Hcps.SingleAsync(h => h.Npi == "9999908392"));
        Assert.Equal("Emard19", hcp.LastName);
        // A practitioner's specialty is on its role: the HCP takes it (and search by specialty finds it).
        Assert.Equal("208D00000X", hcp.PrimaryTaxonomyCode);
        Assert.Equal("208D00000X", await app.Db(db => db.HcpSearchEntries.Where(e => e.HcpId == hcp.Id).Select(e => e.Specialty).SingleAsync()));
        Assert.Equal([("208D00000X", true)], await app.Db(db => db.HcpTaxonomies.Where(t => t.HcpId == hcp.Id)
            .Select(t => new ValueTuple<string, bool>(t.Code, t.IsPrimary)).ToListAsync()));
        // A second run changes nothing.
        foreach (var source in FhirImportSource.ForPath(folder))
            Assert.Equal((0L, 0L), ((await Import(source)).Imported, (await app.Db(db => db.HcpTaxonomies.LongCountAsync(t => t.HcpId == hcp.Id))) - 1));
    }

    [Fact]
    public async Task A_file_that_is_not_NPPES_is_refused_naming_what_is_missing()
    {
        var file = CopyOf(Sample, _ => "\"a\",\"b\"\n\"1\",\"2\"\n");
        var result = await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(file), null, default));
        Assert.False(result.IsSuccess);
        Assert.Contains("'NPI'", result.Error!.Message, StringComparison.Ordinal);
    }
}

public sealed class DirectoryImportOnSqlite(SqliteApp app) : DirectoryImportTests(app), IClassFixture<SqliteApp>;

public sealed class DirectoryImportOnPostgres(PostgresApp app) : DirectoryImportTests(app), IClassFixture<PostgresApp>;
