using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;

namespace Liaison.Tests.Directory;

/// <summary>The Part D Prescriber PUF as CMS first published it (2013–2019): tab-separated, lower-case column names.</summary>
public sealed class PartDLegacyLayoutTests
{
    private const string Header = "npi\tnppes_provider_last_org_name\tnppes_provider_first_name\tnppes_provider_city\tnppes_provider_state\t"
        + "specialty_description\tdescription_flag\tdrug_name\tgeneric_name\tbene_count\ttotal_claim_count\ttotal_30_day_fill_count\t"
        + "total_day_supply\ttotal_drug_cost\tbene_count_ge65\tbene_count_ge65_suppress_flag\ttotal_claim_count_ge65\tge65_suppress_flag\t"
        + "total_30_day_fill_count_ge65\ttotal_day_supply_ge65\ttotal_drug_cost_ge65";

    private static List<Parsed<PartDRow>> Read(string text, int? year)
    {
        using var reader = new StringReader(text);
        return PartDReader.Read(reader, year).ToList();
    }

    [Fact]
    public void A_tab_separated_legacy_file_reads_as_the_current_layout_with_its_suppressions()
    {
        var all = Read(string.Join('\n', Header,
            "1588667638\tPILCHER\tWILLIAM\tJACKSONVILLE\tFL\tCardiology\tS\tELIQUIS\tAPIXABAN\t98\t412\t1010.5\t30315\t245123.45\t90\t\t380\t\t930.2\t27900\t226000.1",
            "1588667638\tPILCHER\tWILLIAM\tJACKSONVILLE\tFL\tCardiology\tS\tINSULIN LISPRO, HUMAN\tINSULIN LISPRO\t\t24\t30\t900\t7000.5\t\t*\t\t*\t\t\t",
            "1588667639\tPILCHER\tWILLIAM\tJACKSONVILLE\tFL\tCardiology\tS\tELIQUIS\tAPIXABAN\t98\t412\t1010.5\t30315\t245123.45\t90\t\t380\t\t930.2\t27900\t226000.1",
            ""), year: 2015);
        var good = all.Where(a => a.Record is not null).Select(a => a.Record!).ToList();
        Assert.Equal(2, good.Count);
        Assert.Equal((2015, "1588667638", "ELIQUIS", "APIXABAN", 412, 98, 226000.1m, "Cardiology"), (good[0].Year, good[0].Npi,
            good[0].BrandName, good[0].GenericName, good[0].TotalClaims, good[0].TotalBeneficiaries!.Value, good[0].Ge65TotalDrugCost!.Value,
            good[0].PrescriberType));
        Assert.Equal(("INSULIN LISPRO, HUMAN", null, "*", null, "*"), (good[1].BrandName, good[1].TotalBeneficiaries, good[1].Ge65SuppressionFlag,
            good[1].Ge65TotalClaims, good[1].Ge65BeneficiarySuppressionFlag));
        var error = Assert.Single(all, a => a.Error is not null).Error!;
        Assert.Equal((4L, "Prscrbr_NPI"), (error.Line, error.Column)); // check digit
    }

    [Fact]
    public void Legacy_column_names_in_a_comma_separated_file_are_read_too()
    {
        var row = Assert.Single(Read(Header.Replace('\t', ',') + "\n"
            + "1679576722,WIEBE,DAVID,KEARNEY,NE,Family Practice,S,LISINOPRIL,LISINOPRIL,,45,90,2700,310.2,,*,40,,80,2400,280.5\n", year: 2016));
        Assert.Equal(("1679576722", 45, "*", 40), (row.Record!.Npi, row.Record.TotalClaims, row.Record.Ge65BeneficiarySuppressionFlag,
            row.Record.Ge65TotalClaims!.Value));
    }

    [Fact]
    public void A_legacy_rows_upper_case_drug_is_keyed_as_the_same_drug_of_todays_mixed_case_row_and_shown_as_given()
    {
        var legacy = Assert.Single(Read(Header + "\n"
            + "1588667638\tPILCHER\tWILLIAM\tJACKSONVILLE\tFL\tCardiology\tS\tELIQUIS\tAPIXABAN\t98\t412\t1010.5\t30315\t245123.45\t90\t\t380\t\t930.2\t27900\t226000.1\n",
            year: 2017)).Record!;
        var current = Assert.Single(Read(string.Join(',', PartDReader.Columns) + "\n"
            + "1588667638,Pilcher,William,Jacksonville,FL,12,Cardiology,S,Eliquis,Apixaban,412,1010.5,30315,245123.45,98,,380,930.2,226000.1,27900,,90\n",
            year: 2017)).Record!;
        PrescribingRecord Stored(PartDRow r) => new() { BrandName = r.BrandName, GenericName = r.GenericName };
        var (fromLegacy, fromCurrent) = (Stored(legacy), Stored(current));
        Assert.Equal((fromLegacy.BrandKey, fromLegacy.GenericKey), (fromCurrent.BrandKey, fromCurrent.GenericKey));
        Assert.Equal(("ELIQUIS", "Eliquis", "Apixaban"), (fromLegacy.BrandName, fromCurrent.BrandName, fromCurrent.GenericName));
    }

    [Theory]
    [InlineData("PartD_Prescriber_PUF_NPI_Drug_15.txt", 2015)]
    [InlineData("CMS_PartD_Prescriber_NPI_Drug_CY2016.txt", 2016)]
    [InlineData("MUP_DPR_RY21_P04_V10_DY13_NPIBN_1.csv", 2013)]
    public void The_data_year_comes_from_legacy_file_names_too(string name, int year) =>
        Assert.Equal(year, PartDReader.YearFromFileName(name));
}
