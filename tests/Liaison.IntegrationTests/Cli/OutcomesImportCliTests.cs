using System.Text.Json;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary><c>import outcomes --json</c> names each rejected row's line and reason, as every importer's report does.</summary>
public sealed class OutcomesImportCliTests
{
    [Fact]
    public async Task Rejected_outcome_rows_are_listed_by_line_with_their_reason_in_the_json_report()
    {
        await using var db = TestDatabase.CreateSqlite();
        var file = Path.Combine(TestTemp.Folder("outcomes-"), "outcomes.csv");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "subject_id,period,events,exposure",
            "s1,2023-01,2,1",
            "s2,2023-13,1,1",
            "s3,2023-01,1,1",
            "s4,2023-01,-1,1",
            "s5,0001-01,1,1",
            ""));

        var run = await Infrastructure.Cli.Liaison(db.Database,
            ["import", "outcomes", "--dataset", "d1", "--kind", "general", "--outcomes", file, "--json"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("rows").GetInt64());
        Assert.Equal(3, report.GetProperty("rejected").GetInt64());
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3L, 5L, 6L], errors.Select(e => e.GetProperty("line").GetInt64()));
        Assert.Contains("2023-13", errors[0].GetProperty("reason").GetString());
        Assert.Equal("period '0001-01' is not a month (YYYY-MM, 1900–2100)", errors[2].GetProperty("reason").GetString());
        Assert.All(errors, e => Assert.Equal("outcomes.csv", e.GetProperty("file").GetString()));
    }
}
