using System.Globalization;
using System.Text;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>The NPPES file source on damaged and re-saved copies of the real sample: what is kept, what is reported.</summary>
public sealed class NppesFileVariantsTests
{
    private static string Sample => File.ReadAllText(NppesRows.Sample);

    private static (int Records, List<Core.Directory.Registry.RowError> Errors) ReadAll(string path)
    {
        var source = new NppesFileSource(path);
        Assert.Null(source.Open());
        var batches = source.Read(0, 1000, default).ToList();
        return (batches.Sum(b => b.Records.Count), batches.SelectMany(b => b.Errors).ToList());
    }

    [Fact]
    public void Bom_crlf_and_trailing_blank_lines_read_like_the_original()
    {
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("bom.csv", FileVariants.WithBom(Sample)))));
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("crlf.csv", FileVariants.Crlf(Sample)))));
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("blank.csv", FileVariants.Crlf(FileVariants.TrailingBlankLines(Sample))))));
    }

    [Fact]
    public void A_spreadsheets_empty_rows_of_commas_are_not_records()
    {
        // A sheet saved as CSV writes its empty rows as the header's width of empty fields, quoted or not.
        var empty = new string(',', NppesRows.Header.Length - 1);
        var quoted = string.Join(',', Enumerable.Repeat("\"\"", NppesRows.Header.Length));
        var lines = Sample.TrimEnd('\n').Split('\n').ToList();
        lines.Insert(3, empty);
        var text = string.Join("\r\n", lines.Append(quoted).Append(empty)) + "\r\n";
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("sheet.csv", text))));
    }

    [Fact]
    public void Fields_quoted_only_where_needed_read_like_the_all_quoted_original()
    {
        static string Minimal(string v) => v.Contains(',') || v.Contains('"') ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;
        var npis = Sample.Split('\n').Skip(1).Where(l => l.Length > 11).Select(l => l[1..11]);
        var rows = new[] { NppesRows.Header }.Concat(npis.Select(n => NppesRows.Row(n)));
        var csv = string.Join('\n', rows.Select(r => string.Join(',', r.Select(Minimal)))) + "\n";
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("minimal.csv", csv))));
    }

    [Fact]
    public void A_cut_off_last_line_is_reported_and_the_rows_before_it_kept()
    {
        var (records, errors) = ReadAll(FileVariants.Write("cut.csv", FileVariants.CutOff(Sample, 40)));
        Assert.Equal(10, records);
        var error = Assert.Single(errors);
        Assert.Equal((12L, "(row)"), (error.Line, error.Column));
    }

    [Fact]
    public void Latin1_bytes_in_a_name_are_kept_as_the_accented_letter()
    {
        var text = Sample.Replace("\"SMITSON\"", "\"SMITSÖN\"", StringComparison.Ordinal);
        var source = new NppesFileSource(FileVariants.Write("latin1.csv", FileVariants.WithLatin1(text, "Ö")));
        Assert.Null(source.Open());
        Assert.Contains(source.Read(0, 1000, default).SelectMany(b => b.Records), r => r.LastName == "SMITSÖN");
    }

    [Fact]
    public void Quoted_commas_and_newlines_unknown_columns_and_another_column_order_are_read_by_name()
    {
        var header = NppesRows.Header;
        var row = NppesRows.Row("1306849450", ("Provider First Line Business Mailing Address", "Suite 5, \"North\"\nBuilding"));
        var order = Enumerable.Range(0, header.Length).Reverse().ToArray();
        var csv = string.Join('\n', new[] { header.Append("Something New").ToArray(), row.Append("x").ToArray() }
            .Select(r => string.Join(',', order.Append(header.Length).Select(i => $"\"{r[i].Replace("\"", "\"\"", StringComparison.Ordinal)}\"")))) + "\n";
        var source = new NppesFileSource(FileVariants.Write("reordered.csv", csv));
        Assert.Null(source.Open());
        var record = Assert.Single(source.Read(0, 1000, default).SelectMany(b => b.Records));
        Assert.Equal("Suite 5, \"North\"\nBuilding", record.Mailing!.Line1);
    }

    [Fact]
    public void Empty_fields_past_the_header_are_ignored_and_a_filled_one_is_reported()
    {
        var lines = Sample.TrimEnd('\n').Split('\n');
        var csv = string.Join('\n', [lines[0], .. lines[1..^1].Select(l => l + ",,"), lines[^1] + ",\"stray\""]) + "\n";
        var (records, errors) = ReadAll(FileVariants.Write("trailing.csv", csv));
        Assert.Equal(10, records);
        var error = Assert.Single(errors);
        Assert.Equal((12L, "(row)"), (error.Line, error.Column));
        Assert.Contains("331", error.Reason, StringComparison.Ordinal);
        var unnamed = string.Join('\n', [lines[0] + ",", .. lines[1..]]) + "\n";
        Assert.Equal((11, 0), Count(ReadAll(FileVariants.Write("unnamed.csv", unnamed))));
    }

    [Fact]
    public void A_stray_quote_costs_only_its_own_row_and_the_rows_after_it_are_read()
    {
        var (records, errors) = ReadAll(FileVariants.Write("stray.csv", Sample.Replace("\"SMITSON\"", "\"SMIT\"SON\"", StringComparison.Ordinal)));
        Assert.Equal(10, records);
        var error = Assert.Single(errors);
        Assert.Equal((5L, "(row)"), (error.Line, error.Column));
        Assert.Contains("quote", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stray_quotes_a_few_rows_apart_cost_their_own_rows_not_the_rows_between_them()
    {
        // Quoted only where needed: a quote in one name is closed by a quote two rows on, and the record between them has
        // more fields than the header, all empty past it (an NPPES row ends in empty fields), so it looked like one row.
        static string Minimal(string[] row) => string.Join(',', row.Select(v => v.Contains(',') ? $"\"{v}\"" : v));
        var rows = new[] { "1679576722", "1588667638", "1215930367", "1306849450", "1932102084" }.Select(n => NppesRows.Row(n)).ToArray();
        var lines = rows.Select(Minimal).ToArray();
        lines[1] = lines[1].Replace("PILCHER", "PIL\"CHER", StringComparison.Ordinal);
        lines[3] = lines[3].Replace("1306849450,", "1306849450,\"", StringComparison.Ordinal);
        var (records, errors) = ReadAll(FileVariants.Write("two-strays.csv", string.Join('\n', [Minimal(NppesRows.Header), .. lines]) + "\n"));
        Assert.Equal([3L, 5L], errors.Select(e => e.Line));
        Assert.Equal(3, records);
    }

    [Fact]
    public void A_stray_quote_before_30000_rows_is_one_reported_row_and_the_rest_of_the_file_is_not_held_in_memory()
    {
        // The sample with a stray quote on line 5, then rows quoted only where needed (none here): the quote is never closed.
        var csv = new StringBuilder(Sample.Replace("\"SMITSON\"", "\"SMIT\"SON\"", StringComparison.Ordinal));
        for (var i = 0; i < 30_000; i++)
        {
            var nine = (400_000_000 + i).ToString(CultureInfo.InvariantCulture);
            csv.AppendJoin(',', NppesRows.Row("1306849450", ("NPI", nine + Npi.CheckDigit(nine)))).Append('\n');
        }
        var path = FileVariants.Write("stray-large.csv", csv.ToString());
        var source = new NppesFileSource(path);
        Assert.Null(source.Open());

        // Reading up to the bad row allocates a few batches' worth, not the 12 MB after it.
        var upToBadRow = AllocatedBytes.Until(source.Read(0, 100, default), b => b.Errors.Count > 0);
        Assert.InRange(upToBadRow, 0, new FileInfo(path).Length / 4);
        var (records, errors) = ReadAll(path);
        Assert.Equal(30_010, records);
        var error = Assert.Single(errors);
        Assert.Equal((5L, "(row)"), (error.Line, error.Column));
    }

    [Fact]
    public void File_level_problems_are_named_before_anything_is_read()
    {
        Assert.Equal("the file is empty", new NppesFileSource(FileVariants.Write("empty.csv", "")).Open());
        Assert.Contains("not text", new NppesFileSource(FileVariants.Write("n.csv.gz", FileVariants.Gzip("\0\0\0\0NPI"))).Open(), StringComparison.Ordinal);
        var withoutNpi = string.Join('\n', Sample.Split('\n').Select(l => l.Length == 0 ? l : l[(l.IndexOf("\",\"", StringComparison.Ordinal) + 2)..]));
        Assert.Contains("'NPI'", new NppesFileSource(FileVariants.Write("nonpi.csv", withoutNpi)).Open(), StringComparison.Ordinal);
        var (records, errors) = ReadAll(FileVariants.Write("header.csv", Sample.Split('\n')[0] + "\n"));
        Assert.Equal((0, 0), (records, errors.Count));
    }

    private static (int, int) Count((int Records, List<Core.Directory.Registry.RowError> Errors) r) => (r.Records, r.Errors.Count);
}
