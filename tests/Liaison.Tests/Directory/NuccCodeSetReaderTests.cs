using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

/// <summary>The NUCC code set file as NUCC publishes it (Windows-1252 CSV), a release's name, and each row's checks.</summary>
public sealed class NuccCodeSetReaderTests
{
    private static List<Parsed<Core.Directory.TaxonomyCode>> Read(string csv) => NuccCodeSetReader.Read(new StringReader(csv)).ToList();

    private const string Header = "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\r\n";

    [Fact]
    public void The_shared_v22_file_reads_as_the_shipped_code_set()
    {
        using var stream = File.OpenRead(Path.Combine(NppesRows.SharedData, "nucc", "nucc_taxonomy_220.csv"));
        using var text = TextInput.Reader(stream);
        var rows = NuccCodeSetReader.Read(text).ToList();

        Assert.Equal(868, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Error));
        var shipped = NuccCodeSet.Shipped;
        Assert.All(rows.Select(r => r.Record!), c =>
        {
            var s = shipped.Find(c.Code)!;
            Assert.Equal((s.Grouping, s.Classification, s.Specialization, s.DisplayName, s.Section),
                (c.Grouping, c.Classification, c.Specialization, c.DisplayName, c.Section));
        });
        Assert.Equal(2L, rows[0].Line);
        Assert.Equal(869L, rows[^1].Line);
    }

    [Theory]
    [InlineData("nucc_taxonomy_220.csv", "22.0")]
    [InlineData("/downloads/NUCC_TAXONOMY_251.CSV", "25.1")]
    [InlineData("nucc_taxonomy_250 (1).csv", "25.0")]
    [InlineData("taxonomy.csv", null)]
    [InlineData("nucc_taxonomy_v22.0.csv", null)]
    public void A_release_is_read_from_NUCCs_file_name(string name, string? release) =>
        Assert.Equal(release, NuccCodeSetReader.ReleaseFromFileName(name));

    [Fact]
    public void Each_rows_problem_is_reported_by_line_and_column_and_the_others_are_kept()
    {
        var rows = Read(Header
            + "207rc0000x,Allopathic & Osteopathic Physicians,Internal Medicine,Cardiovascular Disease,,,,Individual\r\n"
            + "207RC000X,Allopathic & Osteopathic Physicians,Internal Medicine,Cardiovascular Disease,,,,Individual\r\n"
            + "207RC0001X,,Internal Medicine,,,,,Individual\r\n"
            + "207RC0002X,Allopathic & Osteopathic Physicians,,,,,,Individual\r\n"
            + "207RC0003X,Allopathic & Osteopathic Physicians,Internal Medicine,,,,,Person\r\n"
            + $"207RC0004X,Allopathic & Osteopathic Physicians,{new string('x', 201)},,,,,Individual\r\n"
            + "207RC0005X,Allopathic & Osteopathic Physicians,Internal Medicine\r\n"
            + "207RC0006X,Allopathic & Osteopathic Physicians,Internal\0 Medicine,,,,,Individual\r\n"
            + "\r\n"
            + "207RC0007X,Allopathic & Osteopathic Physicians,Internal Medicine,,\"A definition\r\nover two lines\",,,Non-Individual\r\n");

        var kept = rows.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        Assert.Equal(["207RC0000X", "207RC0007X"], kept.Select(c => c.Code));
        Assert.Equal("Cardiovascular Disease", kept[0].DisplayName); // no display name: the specialization
        Assert.Equal("Internal Medicine", kept[1].DisplayName); // nor a specialization: the classification
        Assert.Equal(11L, rows[^1].Line);
        Assert.Equal([(3L, "Code"), (4L, "Grouping"), (5L, "Classification"), (6L, "Section"), (7L, "Classification"), (8L, "(row)"), (9L, "Classification")],
            rows.Where(r => r.Error is not null).Select(r => (r.Error!.Line, r.Error.Column)).ToList());
    }

    [Fact]
    public void A_release_before_the_display_name_and_section_columns_reads()
    {
        var rows = Read("Code,Grouping,Classification,Specialization,Definition,Notes\n"
            + "207RC0000X,Allopathic & Osteopathic Physicians,Internal Medicine,Cardiovascular Disease,,\n");
        var code = Assert.Single(rows).Record!;
        Assert.Equal(("Cardiovascular Disease", ""), (code.DisplayName, code.Section));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NPI,Entity Type Code\n1234567893,1\n")]
    public void A_file_that_is_not_the_code_set_stops_at_its_header(string csv) =>
        Assert.Equal(1L, Assert.Throws<SourceFormatException>(() => Read(csv)).Error.Line);
}
