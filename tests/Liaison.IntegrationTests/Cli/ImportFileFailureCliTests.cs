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
        foreach (var verb in new[] { "nppes", "pubmed", "partd", "openpayments", "nucc" })
        {
            var run = await Infrastructure.Cli.Liaison(db.Database, ["import", verb, folder, "--json"]);
            Assert.True(run.ExitCode != 0, $"{verb}: exit {run.ExitCode}");
            Assert.Contains("a folder, not a file", run.Stdout + run.Stderr);
        }
    }
}
