using System.Text;
using System.Text.Json.Nodes;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>PubMed, ClinicalTrials.gov and Part D readers on damaged and re-saved copies of their samples.</summary>
public sealed class EvidenceFileVariantsTests
{
    private static string Study => File.ReadAllText(KolTestFiles.Kol("ctgov_study_pilcher.json"));

    [Fact]
    public void A_study_file_with_a_byte_order_mark_or_latin1_bytes_reads()
    {
        Assert.NotNull(Assert.Single(ClinicalTrialReader.Read(FileVariants.WithBom(Study))).Record);
        var accented = Study.Replace("Baptist Health Jacksonville", "Baptist Health Jacksonvillé", StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(ClinicalTrialReader.Read(FileVariants.WithLatin1(accented, "é"))).Record);
    }

    [Fact]
    public void Non_object_entries_of_a_page_are_reported_by_position_and_the_study_kept()
    {
        var page = $$"""{"studies": [null, 1, "NCT00000000", {{Study}}]}""";
        var all = ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(page));
        Assert.Equal(["studies[0]", "studies[1]", "studies[2]"], all.Where(a => a.Error is not null).Select(a => a.Error!.Column));
        Assert.Single(all, a => a.Record is not null);
    }

    [Fact]
    public void An_official_written_as_a_bare_string_is_a_reported_error_not_a_crash()
    {
        var study = JsonNode.Parse(Study)!;
        study["protocolSection"]!["contactsLocationsModule"]!["overallOfficials"] = new JsonArray("Dr William Pilcher");
        var parsed = Assert.Single(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(study.ToJsonString())));
        Assert.Equal("protocolSection.contactsLocationsModule.overallOfficials[0]", parsed.Error!.Column);
    }

    [Fact]
    public void A_bare_array_of_studies_reads_like_a_page()
    {
        var all = ClinicalTrialReader.Read(Encoding.UTF8.GetBytes($"[\n{Study},\n{Study}\n]"));
        Assert.Equal(2, all.Count(a => a.Record is not null));
    }

    [Fact]
    public void Empty_and_gzip_study_files_are_named_as_such()
    {
        Assert.Equal("the file is empty", Assert.Throws<SourceFormatException>(() => ClinicalTrialReader.Read([])).Error.Reason);
        Assert.Contains("gzip", Assert.Throws<SourceFormatException>(() => ClinicalTrialReader.Read(FileVariants.Gzip(Study))).Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_study_file_reads_as_its_json_whether_one_study_or_a_page()
    {
        // One study is read twice (sniffed, then parsed whole): a compressed file is opened again rather than sought back.
        var one = ClinicalTrialReader.Read(FileVariants.Write("study.json.gz", FileVariants.Gzip(Study))).ToList();
        Assert.Equal(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(Study)).Single().Record!.NctId, Assert.Single(one).Record!.NctId);
        var page = $$"""{"studies": [{{Study}}, 1]}""";
        var paged = ClinicalTrialReader.Read(FileVariants.Write("page.json.gz", FileVariants.Gzip(page))).ToList();
        Assert.Equal(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(page)).Select(p => (p.Record?.NctId, p.Error?.Column, p.Line)),
            paged.Select(p => (p.Record?.NctId, p.Error?.Column, p.Line)));
    }

    [Fact]
    public void An_empty_pubmed_file_is_named_empty_on_line_1()
    {
        using var empty = new MemoryStream();
        var error = Assert.Throws<SourceFormatException>(() => PubmedReader.Read(empty).ToList()).Error;
        Assert.Equal((1L, "the file is empty"), (error.Line, error.Reason));
    }

    [Fact]
    public void Latin1_bytes_in_a_pubmed_file_are_read_as_the_accented_letter()
    {
        var xml = File.ReadAllText(KolTestFiles.Pubmed("biopython_pubmed4.xml")).Replace("<LastName>Bao</LastName>", "<LastName>Baö</LastName>", StringComparison.Ordinal);
        using var stream = new MemoryStream(FileVariants.WithLatin1(xml, "ö"));
        var article = Assert.Single(PubmedReader.Read(stream)).Record!;
        Assert.Equal("Baö", article.Authors[0].LastName);
    }

    [Fact]
    public void A_part_d_row_cut_short_is_reported_not_read_as_suppressed_blanks()
    {
        var csv = File.ReadAllText(KolTestFiles.Kol("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv"));
        var firstTwo = string.Join('\n', csv.Split('\n').Take(2));
        using var reader = new StringReader(FileVariants.CutOff(firstTwo, 30));
        var parsed = Assert.Single(PartDReader.Read(reader, 2022));
        Assert.Equal((2L, "(row)"), (parsed.Error!.Line, parsed.Error.Column));
    }
}
