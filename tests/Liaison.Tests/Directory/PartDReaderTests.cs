using System.Globalization;
using System.Text;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Tests.Import;

namespace Liaison.Tests.Directory;

public sealed class PartDReaderTests
{
    private static List<Parsed<PartDRow>> Read(string csv, int? year = 2022)
    {
        using var reader = new StringReader(csv);
        return PartDReader.Read(reader, year).ToList();
    }

    private static readonly string Header = string.Join(',', PartDReader.Columns);

    [Fact]
    public void The_spec_built_file_keeps_good_rows_and_reports_each_rule_by_line_and_column()
    {
        var path = KolTestFiles.Kol("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");
        using var text = File.OpenText(path);
        var all = PartDReader.Read(text, PartDReader.YearFromFileName(path)).ToList();
        var good = all.Where(a => a.Record is not null).Select(a => a.Record!).ToList();
        Assert.Equal(5, good.Count); // rows 2-5, and row 12: a repeat of row 2 that only the importer can see
        var errors = all.Where(a => a.Error is not null).Select(a => (a.Error!.Line, a.Error.Column)).ToList();
        Assert.Equal([(6L, "Prscrbr_NPI"), (7L, "Tot_Clms"), (8L, "GE65_Sprsn_Flag"), (9L, "GE65_Tot_Clms"), (10L, "Tot_Drug_Cst"),
            (11L, "Brnd_Name"), (13L, "Tot_Benes")], errors);
        var eliquis = good[0];
        Assert.Equal((2022, "1588667638", "Eliquis", "Apixaban", 412, 98), (eliquis.Year, eliquis.Npi, eliquis.BrandName, eliquis.GenericName,
            eliquis.TotalClaims, eliquis.TotalBeneficiaries!.Value));
        Assert.Equal(245123.45m, eliquis.TotalDrugCost);
        var entresto = good[1];
        Assert.Equal(("*", null, null, "*"), (entresto.Ge65SuppressionFlag, entresto.Ge65TotalClaims, entresto.TotalBeneficiaries, entresto.Ge65BeneficiarySuppressionFlag));
        Assert.Equal("#", good[2].Ge65SuppressionFlag);
    }

    [Fact]
    public void The_data_year_comes_from_the_CMS_file_name() =>
        Assert.Equal(2021, PartDReader.YearFromFileName("/x/MUP_DPR_RY23_P04_V10_DY21_NPIBN.csv"));

    [Fact]
    public void Without_a_year_column_or_a_year_the_file_is_refused() =>
        Assert.Throws<SourceFormatException>(() => Read(Header + "\n", year: null));

    [Fact]
    public void A_file_without_the_required_columns_is_refused() =>
        Assert.Equal("Tot_Clms", Assert.Throws<SourceFormatException>(() => Read("Prscrbr_NPI,Brnd_Name,Gnrc_Name\n")).Error.Column);

    [Fact]
    public void A_year_column_overrides_and_is_validated()
    {
        var rows = Read("Year,Prscrbr_NPI,Brnd_Name,Gnrc_Name,Tot_Clms\n2019,1588667638,Eliquis,Apixaban,20\n20x9,1588667638,Eliquis,Apixaban,20\n", year: null);
        Assert.Equal(2019, rows[0].Record!.Year);
        Assert.Equal("Year", rows[1].Error!.Column);
    }

    [Fact]
    public void Quoted_fields_with_commas_and_line_breaks_keep_physical_line_numbers()
    {
        var rows = Read(Header + "\n1588667638,\"Pilcher, Jr\",William,\"Jack\nsonville\",FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,100,,*,,,,,*,\n1588667638,Pilcher,William,X,FL,12,C,S,Eliquis,Apixaban,3,3,90,10,,*,,,,,*,\n");
        Assert.Equal("Pilcher, Jr", rows[0].Record!.LastName);
        Assert.Equal(4, rows[1].Error!.Line);
    }

    [Fact]
    public void A_stray_quote_costs_only_its_own_row_and_the_lines_it_ran_into_are_read()
    {
        const string good = "1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,100,,*,,,,,*,";
        var rows = Read($"{Header}\n{good.Replace("Pilcher", "\"Pilcher", StringComparison.Ordinal)}\n{good.Replace("Tampa", "Tam\"pa", StringComparison.Ordinal)}\n"
            + $"{good.Replace("Eliquis", "Xarelto", StringComparison.Ordinal)}\n");
        // Line 3's quote closes line 2's, so lines 2-3 are one record without the header's fields: line 2 is the stray
        // quote's row. Line 3, read again, is one too (a quote inside a value opens a field, as the other importers read it).
        Assert.Equal(["Tampa"], rows.Where(r => r.Record is not null).Select(r => r.Record!.City));
        Assert.Equal([(2L, "(row)"), (3L, "(row)")], rows.Where(r => r.Error is not null).Select(r => (r.Error!.Line, r.Error.Column)));
        Assert.All(rows.Where(r => r.Error is not null), r => Assert.Contains("quote", r.Error!.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stray_quote_before_20000_rows_costs_its_row_without_holding_the_rest_of_the_file()
    {
        var csv = new StringBuilder(Header).Append('\n')
            .Append("1588667638,\"Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,100,,*,,,,,*,\n");
        for (var i = 0; i < 20_000; i++)
            csv.Append(CultureInfo.InvariantCulture, $"1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Drug {i},Generic {i},20,20,600,100,,*,,,,,*,\n");
        var text = csv.ToString();
        using (var reader = new StringReader(text))
            Assert.InRange(AllocatedBytes.Until(PartDReader.Read(reader, 2022), r => r.Error is not null), 0, text.Length / 2);
        var rows = Read(text);
        Assert.Equal(20_000, rows.Count(r => r.Record is not null));
        var error = Assert.Single(rows, r => r.Error is not null).Error!;
        Assert.Equal((2L, "(row)"), (error.Line, error.Column));
        Assert.Contains("4,096 characters", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_too_large_to_store_is_a_reported_row()
    {
        var rows = Read($"{Header}\n1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,12345678901234567.5,,*,,,,,*,\n");
        Assert.Equal("Tot_Drug_Cst", Assert.Single(rows).Error!.Column);
    }

    [Fact]
    public void A_trailing_comma_on_the_header_line_adds_no_column()
    {
        var rows = Read($"{Header},\n1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,100,,*,,,,,*,\n");
        Assert.NotNull(Assert.Single(rows).Record);
    }

    [Fact]
    public void Counts_and_amounts_a_spreadsheet_wrote_with_thousands_separators_and_a_dollar_sign_are_read()
    {
        var rows = Read($"{Header}\n1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,\"1,045\",\"1,100.5\",\"31,350\",\"$1,234,567.89\",\"1,001\","
            + "*,,,,,*,\n");
        var row = Assert.Single(rows).Record!;
        Assert.Equal((1045, 1100.5m, 31350, 1234567.89m, 1001), (row.TotalClaims, row.Total30DayFills!.Value, row.TotalDaySupply!.Value,
            row.TotalDrugCost!.Value, row.TotalBeneficiaries!.Value));
    }

    [Theory]
    [InlineData("Tot_Clms", "1,23")]
    [InlineData("Tot_Clms", "$45")]
    [InlineData("Tot_Drug_Cst", "12,34")]
    [InlineData("Tot_Drug_Cst", "1,234,5.00")]
    public void A_number_whose_commas_are_not_thousands_separators_is_still_refused(string column, string value)
    {
        var fields = "1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,45,45,1350,100,,*,,,,,*,".Split(',');
        fields[PartDReader.Columns.ToList().IndexOf(column)] = $"\"{value}\"";
        Assert.Equal(column, Assert.Single(Read($"{Header}\n{string.Join(',', fields)}\n")).Error!.Column);
    }

    [Fact]
    public void The_empty_rows_a_spreadsheet_leaves_at_the_end_are_no_rows()
    {
        var rows = Read($"{Header}\n1588667638,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,20,20,600,100,,*,,,,,*,\n,,,,,,,,,,,,,,,,,,,,,\n\"\",,, ,,,,,,,,,,,,,,,,,,\n");
        Assert.NotNull(Assert.Single(rows).Record);
    }
}
