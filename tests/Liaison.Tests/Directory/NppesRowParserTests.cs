using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

public sealed class NppesRowParserTests
{
    private const string Pilcher = "1588667638";
    private const string Hospital = "1497758544";

    private static RowError Rejected(string[] row)
    {
        var (record, error) = NppesRows.Parse(row);
        Assert.Null(record);
        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
        return error;
    }

    [Fact]
    public void A_real_row_parses_with_names_addresses_geo_and_primary_taxonomy()
    {
        var (record, error) = NppesRows.Parse(NppesRows.Row(Pilcher));
        Assert.Null(error);
        Assert.Equal("PILCHER", record!.LastName);
        Assert.Equal(AdministrativeSex.Male, record.Sex);
        Assert.Equal(new DateOnly(2005, 5, 23), record.EnumeratedOn);
        Assert.Equal("32204", record.Practice!.Zip5);
        Assert.NotNull(record.Practice.Latitude);
        Assert.Equal("207RC0000X", record.PrimaryTaxonomyCode);
        Assert.Equal(2, record.Taxonomies.Count);
        Assert.Equal("Cardiovascular Disease", NuccCodeSet.Shipped.Describe(record.PrimaryTaxonomyCode!));
    }

    [Fact]
    public void Wrong_check_digit_is_rejected_on_the_NPI_column() =>
        Assert.Equal("NPI", Rejected(NppesRows.Row(Pilcher, ("NPI", "1588667639"))).Column);

    [Theory]
    [InlineData("158866763")]
    [InlineData("15886676AB")]
    [InlineData("")]
    public void Malformed_NPI_is_rejected(string npi) => Assert.Equal("NPI", Rejected(NppesRows.Row(Pilcher, ("NPI", npi))).Column);

    [Fact]
    public void Unknown_entity_type_is_rejected() =>
        Assert.Equal("Entity Type Code", Rejected(NppesRows.Row(Pilcher, ("Entity Type Code", "3"))).Column);

    [Fact]
    public void Dates_a_spreadsheet_saved_without_leading_zeros_are_read()
    {
        var (record, error) = NppesRows.Parse(NppesRows.Row(Pilcher, ("Provider Enumeration Date", "5/3/2005")));
        Assert.Null(error);
        Assert.Equal(new DateOnly(2005, 5, 3), record!.EnumeratedOn);
    }

    [Theory]
    [InlineData("Provider Last Name (Legal Name)", 101)]
    [InlineData("Provider Business Mailing Address Country Code (If outside U.S.)", 3)]
    [InlineData("Provider License Number State Code_1", 3)]
    [InlineData("Provider Business Practice Location Address Telephone Number", 31)]
    public void A_value_longer_than_its_column_is_a_reported_row_not_a_failed_import(string column, int length)
    {
        var error = Rejected(NppesRows.Row(Pilcher, (column, new string('A', length))));
        Assert.Equal(column, error.Column);
        Assert.Contains("characters", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02/30/2019", "not a real date")]
    [InlineData("2019-02-01", "MM/DD/YYYY")]
    [InlineData("13/01/2019", "not a real date")]
    [InlineData("01/01/0001", "outside 1900–2100")]
    [InlineData("12/31/9999", "outside 1900–2100")]
    public void Dates_must_be_real_and_MM_DD_YYYY(string value, string reason)
    {
        var error = Rejected(NppesRows.Row(Pilcher, ("Provider Enumeration Date", value)));
        Assert.Equal("Provider Enumeration Date", error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reactivation_without_deactivation_is_rejected() =>
        Assert.Equal("NPI Reactivation Date", Rejected(NppesRows.Row(Pilcher, ("NPI Reactivation Date", "01/02/2020"))).Column);

    [Fact]
    public void Unknown_state_code_is_rejected() =>
        Assert.Equal("Provider Business Practice Location Address State Name",
            Rejected(NppesRows.Row(Pilcher, ("Provider Business Practice Location Address State Name", "XX"))).Column);

    [Theory]
    [InlineData("3220")]
    [InlineData("322044")]
    [InlineData("3220A")]
    public void ZIP_must_be_5_or_9_digits(string zip) =>
        Assert.Equal("Provider Business Mailing Address Postal Code",
            Rejected(NppesRows.Row(Pilcher, ("Provider Business Mailing Address Postal Code", zip))).Column);

    [Theory]
    [InlineData("32204-4736")]
    [InlineData("322044736")]
    public void A_zip_plus_4_with_or_without_its_hyphen_is_kept_as_9_digits(string zip)
    {
        var (record, error) = NppesRows.Parse(NppesRows.Row(Pilcher, ("Provider Business Mailing Address Postal Code", zip)));
        Assert.Null(error);
        Assert.Equal(("322044736", "32204"), (record!.Mailing!.PostalCode, record.Mailing.Zip5));
    }

    [Theory]
    [InlineData("32204-47")]
    [InlineData("3220-44736")]
    public void A_hyphen_elsewhere_is_no_zip(string zip) =>
        Assert.Equal("Provider Business Mailing Address Postal Code",
            Rejected(NppesRows.Row(Pilcher, ("Provider Business Mailing Address Postal Code", zip))).Column);

    [Fact]
    public void A_value_holding_a_nul_character_is_rejected_on_its_column() =>
        Assert.Equal("Provider Last Name (Legal Name)",
            Rejected(NppesRows.Row(Pilcher, ("Provider Last Name (Legal Name)", "PIL\0CHER"))).Column);

    [Fact]
    public void A_foreign_address_keeps_its_own_state_and_postcode()
    {
        var (record, error) = NppesRows.Parse(NppesRows.Row(Pilcher,
            ("Provider Business Mailing Address Country Code (If outside U.S.)", "DE"),
            ("Provider Business Mailing Address State Name", "BAVARIA"),
            ("Provider Business Mailing Address Postal Code", "80331")));
        Assert.Null(error);
        Assert.Equal("BAVARIA", record!.Mailing!.State);
    }

    [Fact]
    public void A_person_needs_a_last_name() =>
        Assert.Equal("Provider Last Name (Legal Name)", Rejected(NppesRows.Row(Pilcher, ("Provider Last Name (Legal Name)", ""))).Column);

    [Fact]
    public void A_person_needs_a_first_name() =>
        Assert.Equal("Provider First Name", Rejected(NppesRows.Row(Pilcher, ("Provider First Name", ""))).Column);

    [Fact]
    public void An_organisation_needs_its_legal_name() =>
        Assert.Equal("Provider Organization Name (Legal Business Name)",
            Rejected(NppesRows.Row(Hospital, ("Provider Organization Name (Legal Business Name)", ""))).Column);

    [Fact]
    public void Unknown_sex_code_is_rejected() =>
        Assert.Equal("Provider Sex Code", Rejected(NppesRows.Row(Pilcher, ("Provider Sex Code", "Q"))).Column);

    [Fact]
    public void Unknown_primary_switch_is_rejected() =>
        Assert.Equal("Healthcare Provider Primary Taxonomy Switch_1",
            Rejected(NppesRows.Row(Pilcher, ("Healthcare Provider Primary Taxonomy Switch_1", "Q"))).Column);

    [Fact]
    public void A_practice_location_is_required() =>
        Assert.Equal("Provider First Line Business Practice Location Address", Rejected(NppesRows.Row(Pilcher,
            ("Provider First Line Business Practice Location Address", ""), ("Provider Second Line Business Practice Location Address", ""),
            ("Provider Business Practice Location Address City Name", ""), ("Provider Business Practice Location Address State Name", ""),
            ("Provider Business Practice Location Address Postal Code", ""))).Column);

    [Fact]
    public void A_row_with_missing_columns_is_rejected() => Assert.Equal("(row)", Rejected(NppesRows.Row(Pilcher)[..100]).Column);

    [Fact]
    public void A_deactivation_only_row_is_accepted()
    {
        var row = NppesRows.Header.Select(_ => "").ToArray();
        row[0] = Pilcher;
        row[Array.IndexOf(NppesRows.Header, "NPI Deactivation Date")] = "06/01/2021";
        var (record, error) = NppesRows.Parse(row);
        Assert.Null(error);
        Assert.True(record!.DeactivationOnly);
        Assert.Equal(new DateOnly(2021, 6, 1), record.DeactivatedOn);
    }

    [Fact]
    public void The_organisation_row_becomes_an_organisation_of_its_kind()
    {
        var (record, _) = NppesRows.Parse(NppesRows.Row(Hospital));
        Assert.True(record!.IsOrganisation);
        Assert.Equal("CUMBERLAND COUNTY HOSPITAL SYSTEM, INC", record.OrganisationName);
        Assert.Equal(OrganisationKind.Agency, record.OrganisationKind);
    }

    [Fact]
    public void The_same_content_hashes_alike_and_a_change_does_not()
    {
        var a = NppesRows.Parse(NppesRows.Row(Pilcher)).Record!;
        var b = NppesRows.Parse(NppesRows.Row(Pilcher)).Record!;
        var c = NppesRows.Parse(NppesRows.Row(Pilcher, ("Provider Credential Text", "MD, PHD"))).Record!;
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }
}
