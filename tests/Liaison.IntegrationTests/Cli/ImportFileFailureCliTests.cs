using System.IO.Compression;
using System.Text.Json;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary>
/// An import given something that is not a readable file (a folder, an empty folder, an empty file) still prints its
/// report with <c>--json</c>, nothing counted and the reason as its one error, and exits 1 (README, "The CLI").
/// </summary>
public sealed class ImportFileFailureCliTests
{
    [Fact]
    public async Task Every_import_prints_its_json_report_when_the_file_cannot_be_read()
    {
        await using var db = TestDatabase.CreateSqlite();
        var folder = TestTemp.Folder("not-a-file-");
        var empty = Path.Combine(TestTemp.Folder("empty-"), "outcomes.csv");
        await File.WriteAllTextAsync(empty, "");
        foreach (var args in new[]
                 {
                     new[] { "import", "pubmed", folder, "--json" },
                     ["import", "partd", Path.Combine(folder, "missing_DY22_.csv"), "--json"],
                     ["import", "fhir", folder, "--json"],
                     ["import", "outcomes", "--dataset", "d1", "--kind", "general", "--outcomes", empty, "--json"],
                 })
        {
            var run = await Infrastructure.Cli.Liaison(db.Database, args);
            Assert.True(run.ExitCode == 1, $"{string.Join(' ', args)}: exit {run.ExitCode} {run.Stderr}");
            var report = JsonDocument.Parse(run.Stdout).RootElement;
            var error = Assert.Single(report.GetProperty("errors").EnumerateArray().ToList());
            Assert.Equal(1, error.GetProperty("line").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("reason").GetString()), string.Join(' ', args));
        }
    }

    [Fact]
    public async Task A_folder_given_as_the_file_is_named_a_folder_not_a_missing_file()
    {
        await using var db = TestDatabase.CreateSqlite();
        var folder = TestTemp.Folder("a-folder-");
        // Also named with the trailing separator a shell's completion adds (the NPPES progress bar took its name from it).
        var slashed = folder + Path.DirectorySeparatorChar;
        foreach (var (verb, path) in new[] { "nppes", "pubmed", "partd", "openpayments", "nucc" }.Select(verb => (verb, folder))
                     .Concat([("nppes", slashed), ("openpayments", slashed)]))
        {
            var run = await Infrastructure.Cli.Liaison(db.Database, ["import", verb, path, "--json"]);
            Assert.True(run.ExitCode == 1, $"{verb} {path}: exit {run.ExitCode} {run.Stderr}");
            Assert.Contains("a folder, not a file", run.Stdout + run.Stderr);
            Assert.DoesNotContain("Unhandled exception", run.Stderr);
        }
    }

    [Fact]
    public async Task A_damaged_or_ambiguous_archive_is_refused_in_words_by_every_import_never_with_a_stack_trace()
    {
        await using var db = TestDatabase.CreateSqlite();
        var folder = TestTemp.Folder("archives-");
        var notAZip = Path.Combine(folder, "download.zip");
        await File.WriteAllBytesAsync(notAZip, "PK\x03\x04 cut off before its list of entries"u8.ToArray());
        // A program year's download without its general, research and removed records files: nothing in it is payments to import.
        var noPayments = Path.Combine(folder, "PGYR2023_P01302025.zip");
        using (var zip = ZipFile.Open(noPayments, ZipArchiveMode.Create))
            foreach (var name in new[] { "OP_DTL_OWNRSHP_PGYR2023_P01302025_01212025.csv", "OP_PGYR2023_README_P01302025.txt" })
                await using (var entry = zip.CreateEntry(name).Open()) await entry.WriteAsync("Record_ID\n"u8.ToArray());
        var gzipCut = Path.Combine(folder, "pubmed26n0001.xml.gz");
        await File.WriteAllBytesAsync(gzipCut, [0x1F, 0x8B, 8, 0, 0, 0, 0, 0]);
        foreach (var (verb, file, reason) in new[]
                 {
                     ("nppes", notAZip, "the ZIP archive is damaged or cut off"), ("pubmed", notAZip, "the ZIP archive is damaged or cut off"),
                     ("partd", notAZip, "the ZIP archive is damaged or cut off"), ("ctgov", notAZip, "the ZIP archive is damaged or cut off"),
                     ("nucc", notAZip, "the ZIP archive is damaged or cut off"), ("fhir", notAZip, "the ZIP archive is damaged or cut off"),
                     ("openpayments", noPayments, "the ZIP archive holds no Open Payments general or research payments file (OP_DTL_GNRL_….csv, "
                         + "OP_DTL_RSRCH_….csv) or removed and deleted records file (OP_REMOVED_DELETED_….csv): it holds "
                         + "OP_DTL_OWNRSHP_PGYR2023_P01302025_01212025.csv, OP_PGYR2023_README_P01302025.txt"),
                     ("pubmed", gzipCut, "the gzip file is cut off"),
                 })
        {
            var run = await Infrastructure.Cli.Liaison(db.Database, ["import", verb, file, "--json"]);
            Assert.True(run.ExitCode == 1, $"{verb}: exit {run.ExitCode} {run.Stderr}");
            var error = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("errors").EnumerateArray().ToList());
            Assert.Contains(reason, error.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        }
    }
}
