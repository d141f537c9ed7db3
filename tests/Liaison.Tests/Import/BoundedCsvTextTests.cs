using System.Globalization;
using System.Text;
using Liaison.Core.Common;

namespace Liaison.Tests.Import;

/// <summary>CSV text held to a longest record: a stray quote costs its row, not the memory of the rest of the file.</summary>
public sealed class BoundedCsvTextTests
{
    private const int Limit = 4096;

    private static List<(long Line, string[] Fields, string? Runaway)> Rows(string csv, int limit = Limit) => Rows(csv, limit, out _);

    private static List<(long Line, string[] Fields, string? Runaway)> Rows(string csv, int limit, out int mostHeld)
    {
        using var text = new BoundedCsvText(new StringReader(csv), limit);
        using var reader = text.Rows();
        var rows = new List<(long, string[], string?)>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
            rows.Add((row.LineNumberFrom, fields, text.Runaway(row.LineNumberFrom)));
        }
        mostHeld = text.MostHeld;
        return rows;
    }

    [Fact]
    public void A_stray_quote_before_200000_lines_costs_one_row_and_never_more_than_the_limit_is_held()
    {
        // All fields quoted, as NPPES writes them: after the stray quote every line has an even number of quotes, so the
        // parser alone would read the whole rest of the file as one field.
        var csv = new StringBuilder("\"id\",\"name\",\"city\"\n\"0\",\"SMIT\"SON\",\"Tampa\"\n");
        for (var i = 1; i <= 200_000; i++) csv.Append(CultureInfo.InvariantCulture, $"\"{i}\",\"Name {i}\",\"City\"\n");
        var rows = Rows(csv.ToString(), Limit, out var mostHeld);

        var runaway = Assert.Single(rows, r => r.Runaway is not null);
        Assert.Equal(2, runaway.Line);
        Assert.Contains("4,096 characters", runaway.Runaway, StringComparison.Ordinal);
        var read = rows.Where(r => r.Runaway is null).ToList();
        Assert.Equal(200_000, read.Count);
        Assert.All(read, r => Assert.Equal((r.Line - 2).ToString(CultureInfo.InvariantCulture), r.Fields[0]));
        Assert.Equal(["200000", "Name 200000", "City"], read[^1].Fields);
        Assert.InRange(mostHeld, 1, Limit);
    }

    [Fact]
    public void A_value_with_a_line_break_that_ends_within_the_limit_is_read_whole()
    {
        var rows = Rows("a,b,c\n1,\"two\nlines\",3\n4,5,6\n");
        Assert.Equal([(2L, "two\nlines"), (4L, "5")], rows.Select(r => (r.Line, r.Fields[1])));
        Assert.All(rows, r => Assert.Null(r.Runaway));
    }

    [Fact]
    public void A_stray_quote_closed_within_the_limit_but_without_the_header_fields_costs_only_its_row()
    {
        var rows = Rows("a,b,c\n1,x\"y,3\n2,p,q\n3,r\"s,t,u\n4,v,w\n");
        Assert.Equal([2L, 4], rows.Where(r => r.Runaway is not null).Select(r => r.Line));
        Assert.Contains("header's fields", rows[0].Runaway, StringComparison.Ordinal);
        // Line 3 is read on its own; line 4's own quote runs on to the end, so it is one too; line 5 is read.
        Assert.Equal([(3L, "2"), (5L, "4")], rows.Where(r => r.Runaway is null).Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void A_stray_quote_closed_lines_later_with_empty_fields_past_the_header_costs_only_its_row()
    {
        // Rows that end in empty fields: the two quotes make a record of six fields, the sixth empty, which a trailing comma
        // would also give; held over several lines it is a stray quote, and the line between is read on its own.
        var rows = Rows("a,b,c,d,e\n1,x\"y,,,\n2,p,,,\n\"3,q,,,\n4,r,,,\n");
        Assert.Equal([2L, 4], rows.Where(r => r.Runaway is not null).Select(r => r.Line));
        Assert.Equal([(3L, "2"), (5L, "4")], rows.Where(r => r.Runaway is null).Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void A_value_with_a_line_break_is_read_whole_when_header_and_rows_end_in_a_comma()
    {
        var rows = Rows("a,b,c,\n1,\"two\nlines\",3,\n4,5,6,\n");
        Assert.Equal([(2L, "two\nlines"), (4L, "5")], rows.Select(r => (r.Line, r.Fields[1])));
        Assert.All(rows, r => Assert.Null(r.Runaway));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_numbers_follow_crlf_and_cr_line_ends(string end)
    {
        var csv = string.Join(end, "\"a\",\"b\"", "\"1\",\"x\"y\"", "\"2\",\"z\"", "\"3\",\"w\"") + end;
        var rows = Rows(csv, limit: 12);
        Assert.Equal([(2L, true), (3L, false), (4L, false)], rows.Select(r => (r.Line, r.Runaway is not null)));
        Assert.Equal(["2", "3"], rows.Where(r => r.Runaway is null).Select(r => r.Fields[0]));
    }

    [Fact]
    public void A_first_line_already_past_the_limit_is_cut_where_it_breaks()
    {
        var rows = Rows($"a,b\n1,\"{new string('x', 100)}\n2,y\n", limit: 50);
        Assert.Equal([(2L, true), (3L, false)], rows.Select(r => (r.Line, r.Runaway is not null)));
    }

    [Fact]
    public void Two_stray_quotes_in_one_column_lines_apart_cost_their_own_rows_and_the_rows_between_are_read()
    {
        // All quoted (Open Payments): an inch mark on lines 3 and 5. Between them the quotes pair up into one record with the
        // header's fields, line 3's start and line 5's end: a payment under another row's NPI if it were read.
        var quoted = Rows("\"npi\",\"note\",\"id\"\n\"1\",\"ok\",\"a\"\n\"2\",\"5\" bandage\",\"b\"\n\"3\",\"ok\",\"c\"\n\"4\",\"3\" gauze\",\"d\"\n\"5\",\"ok\",\"e\"\n");
        Assert.Equal([3L, 5], quoted.Where(r => r.Runaway is not null).Select(r => r.Line));
        Assert.Equal([(2L, "1", "a"), (4L, "3", "c"), (6L, "5", "e")],
            quoted.Where(r => r.Runaway is null).Select(r => (r.Line, r.Fields[0], r.Fields[2])));
        // Minimally quoted (Part D): the same inside unquoted values.
        var bare = Rows("npi,type,drug\n1,Family 5\" Practice,Eliquis\n2,Cardiology,Lipitor\n3,Internal 3\" Medicine,Eliquis\n");
        Assert.Equal([2L, 4], bare.Where(r => r.Runaway is not null).Select(r => r.Line));
        Assert.Equal([(3L, "2", "Lipitor")], bare.Where(r => r.Runaway is null).Select(r => (r.Line, r.Fields[0], r.Fields[2])));
    }

    [Theory]
    [InlineData("1,\"two\nlines\",3\n", true)]
    [InlineData("1,\"say \"\"hi\"\"\nthere\",3\n", true)]
    [InlineData("\"1\",\"\",\"x\ny\"\r\n", true)]
    [InlineData("1,\"5\" x\n\",3\n", false)]
    [InlineData("1,a\"b\nc\",3\n", false)]
    [InlineData("1,\"open\n", false)]
    public void A_record_is_well_quoted_only_with_quotes_where_RFC_4180_puts_them(string record, bool wellQuoted) =>
        Assert.Equal(wellQuoted, BoundedCsvText.WellQuoted(record));
}
