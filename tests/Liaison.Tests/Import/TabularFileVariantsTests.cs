using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>Open Payments and the outcomes contract on damaged and re-saved copies of their files.</summary>
public sealed class TabularFileVariantsTests
{
    private static string OpenPayments => File.ReadAllText(Path.Combine(NppesRows.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv"));

    private static List<ParsedPayment> ParseOpenPayments(string path)
    {
        using var text = OpenPaymentsFile.Open(path);
        using var reader = text.Rows();
        var (file, problem) = OpenPaymentsFile.Recognise(reader.Header.ColNames);
        Assert.Null(problem);
        return file!.Rows(text, reader).SelectMany(r => file.Parse(r.Line, r.Values, r.Problem, DateTime.UnixEpoch)).ToList();
    }

    [Fact]
    public void Open_payments_trailing_blank_lines_are_skipped_and_a_cut_off_line_reported()
    {
        var whole = ParseOpenPayments(FileVariants.Write("op.csv", FileVariants.Crlf(FileVariants.TrailingBlankLines(OpenPayments))));
        Assert.DoesNotContain(whole, p => p.Problem is not null);
        var cut = ParseOpenPayments(FileVariants.Write("op.csv", FileVariants.CutOff(OpenPayments, 40)));
        var error = Assert.Single(cut, p => p.Problem is not null);
        Assert.Equal((301, "(row)"), (error.Line, error.Column));
        Assert.True(cut.Count(p => p.Payment is not null) is > 0 and var kept && kept < whole.Count(p => p.Payment is not null));
    }

    [Fact]
    public void Open_payments_headers_match_whatever_their_case_and_a_missing_one_is_named()
    {
        var lines = OpenPayments.Split('\n');
        var lower = string.Join('\n', [lines[0].ToLowerInvariant(), .. lines[1..]]);
        Assert.Contains(ParseOpenPayments(FileVariants.Write("op.csv", FileVariants.WithBom(lower))), p => p.Payment is not null);
        var header = lines[0].Split(',').Where(c => c.Trim('"') != "Record_ID");
        Assert.Contains("Record_ID", OpenPaymentsFile.Recognise(header.Select(h => h.Trim('"')).ToList()).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_files_name_compression_and_binary_content_and_match_headers_by_name()
    {
        Assert.Contains("ZIP archive holding 2 files", Assert.Throws<ImpactInputException>(() =>
            new CsvLines(FileVariants.Write("o.zip", FileVariants.Zip(("a.csv", "subject_id\n"), ("b.csv", "subject_id\n"))))).Message, StringComparison.Ordinal);
        Assert.Contains("not text", Assert.Throws<ImpactInputException>(() => new CsvLines(FileVariants.Write("o.csv", [0x50, 0, 0x4B]))).Message,
            StringComparison.Ordinal);
        var rows = new OutcomeCsvRows(FileVariants.Write("o.csv", FileVariants.WithBom("Period,Subject_ID,Events,Exposure,note\r\nM2024-01,S1,2,1.5,x\r\n\r\n")));
        Assert.Empty(rows.Read());
        Assert.Single(rows.Problems);
        var good = new OutcomeCsvRows(FileVariants.Write("o.csv", "Period,Subject_ID,Events,Exposure,note\n2024-01,S1,2,1.5,é\n\n"));
        var row = Assert.Single(good.Read());
        Assert.Equal(("S1", 2L, 1.5), (row.SubjectId, row.Events, row.Exposure));
    }

    [Fact]
    public void A_gzipped_outcome_file_reads_as_its_text_but_an_analysis_of_files_asks_for_it_plain()
    {
        const string text = "Period,Subject_ID,Events,Exposure\n2024-01,S1,2,1.5\n2024-01,S1,3,1\n";
        var plain = new OutcomeCsvRows(FileVariants.Write("o.csv", text));
        var gzipped = new OutcomeCsvRows(FileVariants.Write("o.csv.gz", FileVariants.Gzip(text)));
        Assert.Equal(plain.Read().ToList(), gzipped.Read().ToList());
        Assert.Equal(plain.Problems.Select(p => (p.Line, p.Reason)), gzipped.Problems.Select(p => (p.Line, p.Reason)));
        Assert.Equal(3, Assert.Single(gzipped.Problems).Line);
        Assert.Contains("the file is compressed", Assert.Throws<ImpactInputException>(() => OutcomeFilePanel.Open(FileVariants.Write("p.csv.gz",
            FileVariants.Gzip("subject_id,period,events,exposure\nS1,2024-01,2,1.5\n")))).Message, StringComparison.Ordinal);
    }
}
