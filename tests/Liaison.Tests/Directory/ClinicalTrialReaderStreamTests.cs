using System.Text;
using System.Text.Json.Nodes;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

/// <summary>Pages of studies far larger than the reader's chunk, as users collect them: read study by study.</summary>
public sealed class ClinicalTrialReaderStreamTests
{
    private static readonly string Pilcher = JsonNode.Parse(File.ReadAllText(KolTestFiles.Kol("ctgov_study_pilcher.json")))!
        .ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    private static string Study(int i) => Pilcher.Replace("NCT04000001", $"NCT{10_000_000 + i}", StringComparison.Ordinal);

    /// <summary>A page of <paramref name="count"/> studies and the line each starts on.</summary>
    private static (string Page, List<long> Lines) Page(int count, string? bad = null)
    {
        var page = new StringBuilder("{\n  \"studies\": [\n");
        var lines = new List<long>();
        long line = 3;
        for (var i = 0; i < count; i++)
        {
            lines.Add(line);
            var study = (i == count / 2 && bad is not null ? bad : Study(i)) + (i < count - 1 ? ",\n" : "\n");
            page.Append(study);
            line += study.Count(c => c == '\n');
        }
        return (page.Append("  ],\n  \"nextPageToken\": \"NF0g5JGBlPMuwQY\"\n}\n").ToString(), lines);
    }

    private static List<Parsed<ClinicalTrialRecord>> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ClinicalTrialReader.Read(stream).ToList();
    }

    [Fact]
    public void A_page_of_many_chunks_gives_every_study_with_the_line_it_starts_on()
    {
        var (page, lines) = Page(400); // about 1 MB, sixteen times the reader's chunk
        var all = Read(page);
        Assert.Equal(400, all.Count(a => a.Record is not null));
        Assert.Equal(lines, all.Select(a => a.Line));
        Assert.Equal("NCT10000399", all[^1].Record!.NctId);
    }

    [Fact]
    public void A_bad_study_deep_in_a_page_is_reported_at_its_line_with_its_path()
    {
        var (page, lines) = Page(200, bad: Study(100).Replace("\"COMPLETED\"", "\"FINISHED\"", StringComparison.Ordinal));
        var error = Assert.Single(Read(page), a => a.Error is not null).Error!;
        Assert.Equal((lines[100], "studies[100].protocolSection.statusModule.overallStatus"), (error.Line, error.Column));
    }

    [Fact]
    public void A_page_cut_off_keeps_the_studies_before_the_cut_and_reports_where_it_ends()
    {
        var (page, lines) = Page(200);
        var cut = page[..(page.Length / 2)];
        var read = new List<Parsed<ClinicalTrialRecord>>();
        var e = Assert.Throws<SourceFormatException>(() =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(cut));
            foreach (var study in ClinicalTrialReader.Read(stream)) read.Add(study);
        });
        Assert.InRange(read.Count, 90, 100);
        Assert.All(read, r => Assert.NotNull(r.Record));
        Assert.InRange(e.Error.Line, lines[read.Count], cut.Count(c => c == '\n') + 1);
    }

    [Fact]
    public void Broken_json_deep_in_a_page_is_reported_at_its_line()
    {
        var (page, lines) = Page(200, bad: "{\"protocolSection\": {\"identificationModule\": }");
        var e = Assert.Throws<SourceFormatException>(() => Read(page));
        Assert.Equal(lines[100], e.Error.Line);
        Assert.Contains("not valid JSON", e.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pages_saved_one_after_another_give_every_study_of_both_with_its_line()
    {
        var (first, firstLines) = Page(3);
        var (second, secondLines) = Page(2);
        var offset = first.Count(c => c == '\n');
        var all = Read(first + second);
        Assert.Equal(["NCT10000000", "NCT10000001", "NCT10000002", "NCT10000000", "NCT10000001"], all.Select(a => a.Record?.NctId));
        Assert.Equal([.. firstLines, .. secondLines.Select(l => l + offset)], all.Select(a => a.Line));
    }

    [Fact]
    public void One_study_a_line_gives_each_study_and_reports_a_bad_one_on_its_line()
    {
        string Line(int i) => JsonNode.Parse(Study(i))!.ToJsonString();
        var bad = Line(1).Replace("\"COMPLETED\"", "\"FINISHED\"", StringComparison.Ordinal);
        var all = Read($"{Line(0)}\n{bad}\n{Line(2)}\n");
        Assert.Equal(["NCT10000000", null, "NCT10000002"], all.Select(a => a.Record?.NctId));
        Assert.Equal([1L, 2, 3], all.Select(a => a.Line));
        Assert.Equal((2L, "protocolSection.statusModule.overallStatus"), (all[1].Error!.Line, all[1].Error!.Column));
    }

    [Fact]
    public void A_value_after_the_studies_that_is_not_a_study_or_page_is_refused_on_its_line_after_them()
    {
        var read = new List<Parsed<ClinicalTrialRecord>>();
        var e = Assert.Throws<SourceFormatException>(() =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonNode.Parse(Study(0))!.ToJsonString() + "\n42\n"));
            foreach (var study in ClinicalTrialReader.Read(stream)) read.Add(study);
        });
        Assert.Equal("NCT10000000", Assert.Single(read).Record!.NctId);
        Assert.Equal(2, e.Error.Line);
    }
}
