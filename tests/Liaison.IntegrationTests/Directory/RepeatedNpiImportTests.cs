using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// An NPPES file that gives an NPI more than once (a corrected row further down, a deactivation after the row it
/// deactivates, a row copied twice): the first row stands, each later one is reported naming it, in a batch and across
/// batches, and importing the file again, or resuming it after a kill, ends in the same state and changes nothing.
/// </summary>
public abstract class RepeatedNpiImportTests(TestApp app)
{
    private static readonly string Sample = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");

    /// <summary>The sample (lines 2-12) and then: line 13 repeats line 5 corrected, line 14 is a new NPI, line 15 deactivates it, line 16 repeats line 2.</summary>
    private static string Write(string nine)
    {
        var newNpi = nine + Npi.CheckDigit(nine);
        var lines = File.ReadAllLines(Sample);
        var names = lines[0].Trim('"').Split("\",\"");
        var deactivation = Enumerable.Repeat("\"\"", names.Length).ToArray();
        deactivation[0] = $"\"{newNpi}\"";
        deactivation[Array.IndexOf(names, "NPI Deactivation Date")] = "\"06/01/2021\"";
        string Row(string npi) => lines.Single(l => l.StartsWith($"\"{npi}\"", StringComparison.Ordinal));
        var path = Path.Combine(TestTemp.Folder("nppes-"), "npidata_pfile_repeats.csv");
        File.WriteAllText(path, string.Join('\n', [.. lines,
            Row("1306849450").Replace("\"SMITSON\"", "\"SMITSON-JONES\"", StringComparison.Ordinal),
            Row("1215930367").Replace("\"1215930367\"", $"\"{newNpi}\"", StringComparison.Ordinal),
            string.Join(',', deactivation), lines[1]]) + "\n");
        return path;
    }

    // Batches [2-4] [5-7] … [14-16]: repeats across batches and within one.
    private Task<ImportReport> Import(IImportSource source) => app.Import(source, batchSize: 3);

    private async Task AssertFirstRowsStand(string nine, ImportReport report)
    {
        Assert.Equal((0L, 3L), (report.Updated, report.Rejected));
        Assert.Equal(12, report.Imported + report.Unchanged);
        Assert.Equal([13L, 15L, 16L], report.Errors.Select(e => e.Line));
        Assert.All(report.Errors, e =>
        {
            Assert.Equal("NPI", e.Column);
            Assert.Contains("is given on an earlier row of this file", e.Reason, StringComparison.Ordinal);
        });
        Assert.Equal("SMITSON", await app.Db(db => db.Hcps.Where(h => h.Npi == "1306849450").Select(h => h.LastName).SingleAsync()));
        var newNpi = nine + Npi.CheckDigit(nine);
        Assert.Null(await app.Db(db => db.Hcps.Where(h => h.Npi == newNpi).Select(h => h.DeactivatedOn).SingleAsync()));
    }

    [Fact]
    public async Task The_first_row_of_an_npi_stands_in_a_batch_and_across_batches_and_a_second_run_changes_nothing()
    {
        var path = Write("123456789");
        await AssertFirstRowsStand("123456789", await Import(new NppesFileSource(path)));

        var again = await Import(new NppesFileSource(path));
        Assert.Equal((0L, 0L, 12L), (again.Imported, again.Updated, again.Unchanged));
        await AssertFirstRowsStand("123456789", again);
    }

    [Fact]
    public async Task A_run_killed_after_its_first_batch_and_resumed_still_keeps_the_first_rows_given_before_the_checkpoint()
    {
        var path = Write("123456790");
        await Assert.ThrowsAsync<IOException>(() => Import(new FailingAfterFirstBatch(new NppesFileSource(path))));
        Assert.Equal(4, await app.Db(db => db.DirectoryImportRuns.Where(r => r.FileName == Path.GetFileName(path) && r.Status == ImportStatus.Running)
            .Select(r => r.CheckpointLine).SingleAsync()));

        var resumed = await Import(new NppesFileSource(path));
        Assert.True(resumed.Resumed);
        await AssertFirstRowsStand("123456790", resumed); // line 16 repeats line 2, read before the checkpoint

        var again = await Import(new NppesFileSource(path));
        Assert.Equal((0L, 0L, 3L), (again.Imported, again.Updated, again.Rejected));
    }
}

public sealed class RepeatedNpiImportOnSqlite(SqliteApp app) : RepeatedNpiImportTests(app), IClassFixture<SqliteApp>;

public sealed class RepeatedNpiImportOnPostgres(PostgresApp app) : RepeatedNpiImportTests(app), IClassFixture<PostgresApp>;
