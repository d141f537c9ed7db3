using System.Text;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Tests.Directory;

/// <summary>The rows of NPPES's practice location file (pl_pfile) under its header as CMS publishes it, all values quoted.</summary>
public sealed class PracticeLocationRowParserTests
{
    private const string Pilcher = "1588667638";
    private static IReadOnlyList<string> Header => PracticeLocationLayout.Published;

    /// <summary>A secondary location of Dr Pilcher in Jacksonville, in the file's ten columns, with fields changed by column name.</summary>
    private static string[] Row(params (string Column, string Value)[] changes)
    {
        string[] row = [Pilcher, "1 SHIRCLIFF WAY", "SUITE 300", "JACKSONVILLE", "FL", "322042604", "US", "9043880000", "12", "9043880001"];
        foreach (var (column, value) in changes) row[Header.ToList().IndexOf(column)] = value;
        return row;
    }

    private static string Csv(IEnumerable<string> header, params string[][] rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows.Prepend(header.ToArray())) sb.Append(string.Join(',', r.Select(v => $"\"{v}\""))).Append("\r\n");
        return sb.ToString();
    }

    private static (PracticeLocation? Location, RowError? Error) Parse(string[] row, IEnumerable<string>? header = null)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(Csv(header ?? Header, row));
        var (layout, missing) = PracticeLocationLayout.From(reader.Header.ColNames);
        Assert.Empty(missing);
        var parser = new PracticeLocationRowParser(layout!);
        foreach (var r in reader) return parser.Parse(r, r.LineNumberFrom);
        throw new InvalidOperationException("no row");
    }

    private static RowError Rejected(params (string Column, string Value)[] changes)
    {
        var (location, error) = Parse(Row(changes));
        Assert.Null(location);
        Assert.Equal(2, error!.Line);
        return error;
    }

    [Fact]
    public void A_real_format_row_is_a_secondary_practice_location_with_its_ZIP_normalised_and_located()
    {
        var (location, error) = Parse(Row());
        Assert.Null(error);
        Assert.Equal((2L, Pilcher), (location!.Line, location.Npi));
        var a = location.Address;
        Assert.Equal((AddressKind.Other, "1 SHIRCLIFF WAY", "SUITE 300", "JACKSONVILLE", "FL", "322042604", "US", "9043880000", "9043880001"),
            (a.Kind, a.Line1, a.Line2, a.City, a.State, a.PostalCode, a.Country, a.Phone, a.Fax));
        Assert.NotNull(a.Latitude);
    }

    [Fact]
    public void Header_names_are_matched_whatever_their_spacing_and_case()
    {
        var tidy = Header.Select(h => h.Replace("Address-  Address", "Address - Address", StringComparison.Ordinal)
            .Replace("Address- Address", "Address - Address", StringComparison.Ordinal).ToLowerInvariant());
        var (location, error) = Parse(Row(), tidy);
        Assert.Null(error);
        Assert.Equal("SUITE 300", location!.Address.Line2);
        Assert.True(PracticeLocationLayout.IsPracticeLocationHeader(tidy.ToList()));
    }

    [Fact]
    public void A_header_without_the_location_columns_is_not_a_practice_location_file()
    {
        var (layout, missing) = PracticeLocationLayout.From(["NPI", "Provider Secondary Practice Location Address- Address Line 1"]);
        Assert.Null(layout);
        Assert.Contains(Header[3], missing);
        Assert.False(PracticeLocationLayout.IsPracticeLocationHeader(NppesRows.Header));
    }

    [Fact]
    public void A_ZIP_with_its_hyphen_is_taken_as_nine_digits() =>
        Assert.Equal("322042604", Parse(Row((Header[5], "32204-2604"))).Location!.Address.PostalCode);

    [Fact]
    public void A_wrong_NPI_check_digit_is_rejected_on_the_NPI_column()
    {
        var error = Rejected(("NPI", "1588667639"));
        Assert.Equal("NPI", error.Column);
        Assert.Contains("check digit", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(4, "XX", "'XX' is not a US state code")]
    [InlineData(4, "", "'' is not a US state code")]
    [InlineData(5, "3220", "'3220' is not a ZIP code (5 or 9 digits)")]
    [InlineData(1, "", "the secondary practice location address has no first line")]
    [InlineData(3, "", "the secondary practice location address has no city")]
    public void A_US_address_breaking_a_rule_is_rejected_on_its_column_as_published(int column, string value, string reason)
    {
        var error = Rejected((Header[column], value));
        Assert.Equal((Header[column], reason), (error.Column, error.Reason));
    }

    [Fact]
    public void A_foreign_address_keeps_its_state_and_postal_code_as_given()
    {
        var (location, error) = Parse(Row((Header[4], "ONTARIO"), (Header[5], "M5V 2T6"), (Header[6], "CA")));
        Assert.Null(error);
        Assert.Equal(("ONTARIO", "M5V 2T6", "CA"), (location!.Address.State, location.Address.PostalCode, location.Address.Country));
    }

    [Fact]
    public void A_value_longer_than_its_column_holds_is_rejected_on_it() =>
        Assert.Equal(Header[7], Rejected((Header[7], new string('9', DirectoryWidths.Phone + 1))).Column);

    [Fact]
    public void A_row_with_too_few_columns_is_rejected_as_a_row()
    {
        var (location, error) = Parse([Pilcher, "1 SHIRCLIFF WAY"]);
        Assert.Null(location);
        Assert.Equal("(row)", error!.Column);
    }
}
