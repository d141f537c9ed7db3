using System.Text;
using System.Text.Json.Nodes;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// ClinicalTrials.gov pages read a study at a time: an NCT number given twice keeps the file's last record of it (and a
/// second run changes nothing), and a page cut off in the middle keeps the studies before the cut.
/// </summary>
public abstract class CtgovStreamedImportTests(TestApp app)
{
    private static string Study(string nct, string title)
    {
        var study = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TestData", "kol", "ctgov_study_pilcher.json")))!;
        study["protocolSection"]!["identificationModule"]!["nctId"] = nct;
        study["protocolSection"]!["identificationModule"]!["briefTitle"] = title;
        return study.ToJsonString();
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(TestTemp.Folder("ctgov-"), name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(path, default));

    private Task<string?> Title(string nct) => app.Db(db => db.ClinicalTrials.Where(t => t.NctId == nct).Select(t => t.Title).SingleOrDefaultAsync());

    [Fact]
    public async Task An_nct_number_given_twice_keeps_its_last_record_and_a_second_run_changes_nothing()
    {
        var path = Write("repeats.json", "{\"studies\": [" + string.Join(",\n", Study("NCT93100001", "First record"), Study("NCT93100002", "Other"),
            Study("NCT93100001", "Last record")) + "], \"nextPageToken\": \"x\"}");
        var first = await Import(path);
        Assert.Equal((2L, 0L, 1L, 0L), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal("Last record", await Title("NCT93100001"));
        var again = await Import(path);
        Assert.Equal((0L, 0L, 3L, 0L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal("Last record", await Title("NCT93100001"));
    }

    [Fact]
    public async Task A_page_cut_off_keeps_the_studies_before_the_cut_and_reports_where_the_file_ends()
    {
        var page = "{\"studies\": [\n" + string.Join(",\n", Enumerable.Range(1, 3).Select(i => Study($"NCT9310010{i}", $"Study {i}"))) + "\n]}";
        var cut = page[..(page.LastIndexOf("NCT93100103", StringComparison.Ordinal) + 20)];
        var report = await Import(Write("cut.json", cut));
        Assert.Equal(2L, report.Imported);
        Assert.NotNull(report.Fatal);
        Assert.Equal(4, report.Fatal!.Line); // the third study's line, where the file ends
        Assert.Equal(["Study 1", "Study 2"], await app.Db(db => db.ClinicalTrials.Where(t => t.NctId.StartsWith("NCT931001"))
            .OrderBy(t => t.NctId).Select(t => t.Title).ToListAsync()));
    }

    [Fact]
    public async Task Pages_saved_one_after_another_and_one_study_a_line_import_every_study_the_last_record_of_a_repeat_standing()
    {
        var pages = Write("two-pages.json", "{\"studies\": [" + string.Join(",\n", Study("NCT93100201", "First record"), Study("NCT93100202", "Other"))
            + "], \"nextPageToken\": \"x\"}\n{\"studies\": [" + Study("NCT93100201", "Last record") + "]}\n");
        var first = await Import(pages);
        Assert.Null(first.Fatal);
        Assert.Equal((2L, 0L, 1L, 0L), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal("Last record", await Title("NCT93100201"));

        var lines = Write("studies.ndjson.json", string.Join('\n', Study("NCT93100203", "Line 1"), Study("NCT93100204", "Line 2"), ""));
        var ndjson = await Import(lines);
        Assert.Null(ndjson.Fatal);
        Assert.Equal((2L, 0L), (ndjson.Imported, ndjson.Rejected));
        Assert.Equal("Line 2", await Title("NCT93100204"));
    }
}

public sealed class CtgovStreamedImportOnSqlite(SqliteApp app) : CtgovStreamedImportTests(app), IClassFixture<SqliteApp>;

public sealed class CtgovStreamedImportOnPostgres(PostgresApp app) : CtgovStreamedImportTests(app), IClassFixture<PostgresApp>;
