using System.Text.Json.Nodes;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Kol;

/// <summary>The KOL commands as a user runs them: one JSON value on stdout, rejected records by line, exit codes.</summary>
public abstract class KolCliTests(TestApp app)
{
    [Fact]
    public async Task Imports_print_one_json_report_with_rejected_lines_and_kol_score_prints_tiers()
    {
        var nppes = await Infrastructure.Cli.Liaison(app.Database, "import", "nppes", Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv"), "--json");
        Assert.Equal(0, nppes.ExitCode);
        var pubmed = await Infrastructure.Cli.Liaison(app.Database, "import", "pubmed", KolScenario.File("pubmed_linked.xml"), "--json");
        Assert.Equal(0, pubmed.ExitCode);
        var report = JsonNode.Parse(pubmed.Stdout)!;
        Assert.Equal(2, report["imported"]!.GetValue<long>());
        Assert.Equal([78L, 81, 92], report["errors"]!.AsArray().Select(e => e!["line"]!.GetValue<long>()));
        Assert.True(report["links"]!["highConfidence"]!.GetValue<int>() >= 2);
        var ctgov = JsonNode.Parse((await Infrastructure.Cli.Liaison(app.Database, "import", "ctgov", KolScenario.File("ctgov_page_with_errors.json"), "--json")).Stdout)!;
        Assert.Equal((1L, 6L), (ctgov["imported"]!.GetValue<long>(), ctgov["rejected"]!.GetValue<long>()));
        var partd = JsonNode.Parse((await Infrastructure.Cli.Liaison(app.Database, "import", "partd", KolScenario.File("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv"), "--json")).Stdout)!;
        Assert.Equal(4L, partd["imported"]!.GetValue<long>());
        var score = await Infrastructure.Cli.Liaison(app.Database, "kol", "score", "--json");
        Assert.Equal(0, score.ExitCode);
        var scored = JsonNode.Parse(score.Stdout)!;
        Assert.True(scored["scored"]!.GetValue<int>() >= 2);
        Assert.NotNull(scored["tiers"]!["T1"]);
    }

    [Fact]
    public async Task A_file_that_is_not_the_format_exits_non_zero_naming_the_line()
    {
        var bad = TestTemp.File("not-pubmed.xml");
        await File.WriteAllTextAsync(bad, "<?xml version=\"1.0\"?>\n<eSearchResult/>\n");
        var run = await Infrastructure.Cli.Liaison(app.Database, "import", "pubmed", bad, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Stderr);
        Assert.NotNull(JsonNode.Parse(run.Stdout));
    }

    [Theory]
    [InlineData("nppes", "the file is empty")]
    [InlineData("openpayments", "")]
    public async Task A_file_that_cannot_be_imported_at_all_still_prints_one_json_report_with_the_reason(string format, string reason)
    {
        var empty = TestTemp.File($"empty-{format}.csv");
        await File.WriteAllTextAsync(empty, "");
        var run = await Infrastructure.Cli.Liaison(app.Database, "import", format, empty, "--json");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonNode.Parse(run.Stdout)!["errors"]!.AsArray())!;
        Assert.Equal(1, error["line"]!.GetValue<int>());
        Assert.Contains(reason, error["reason"]!.GetValue<string>());
        Assert.Equal(0, JsonNode.Parse(run.Stdout)!["imported"]!.GetValue<int>());
    }
}

public sealed class KolCliOnSqlite(SqliteApp app) : KolCliTests(app), IClassFixture<SqliteApp>;

public sealed class KolCliOnPostgres(PostgresApp app) : KolCliTests(app), IClassFixture<PostgresApp>;
