using System.Text.Json.Nodes;
using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>
/// FHIR addresses as EHR exports give them: every part is optional in R4, so a partial address keeps its practitioner
/// (what is given is still checked), and one given only as text keeps the text.
/// </summary>
public sealed class FhirAddressTests
{
    private static readonly string Folder = Path.Combine(NppesRows.SharedData, "fhir", "synthea-bulk-10pt");

    private static JsonNode Practitioner(JsonNode address)
    {
        var practitioner = JsonNode.Parse(File.ReadLines(Path.Combine(Folder, "Practitioner.000.ndjson")).First())!;
        practitioner["address"] = new JsonArray(address);
        return practitioner;
    }

    private static (Liaison.Core.Directory.Registry.ProviderRecord? Record, Liaison.Core.Directory.Registry.RowError? Error) Read(JsonNode resource)
    {
        var source = new FhirImportSource(FileVariants.Write("p.ndjson", resource.ToJsonString() + "\n"));
        Assert.Null(source.Open());
        var batches = source.Read(0, 1000, default).ToList();
        return (batches.SelectMany(b => b.Records).SingleOrDefault(), batches.SelectMany(b => b.Errors).SingleOrDefault());
    }

    [Fact]
    public void An_address_given_only_as_text_keeps_the_practitioner_and_the_text()
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["use"] = "work", ["text"] = "12 ELM ST, SPRINGFIELD, IL 62701" }));
        Assert.Null(error);
        Assert.Equal("12 ELM ST, SPRINGFIELD, IL 62701", record!.Practice!.Line1);
    }

    [Fact]
    public void An_address_without_a_line_or_a_zip_keeps_its_city_and_state()
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["city"] = "SPRINGFIELD", ["state"] = "IL" }));
        Assert.Null(error);
        Assert.Equal(("", "SPRINGFIELD", "IL", null), (record!.Practice!.Line1, record.Practice.City, record.Practice.State, record.Practice.PostalCode));
    }

    [Fact]
    public void An_empty_address_is_no_address()
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["line"] = new JsonArray(""), ["extension"] = new JsonArray() }));
        Assert.Null(error);
        Assert.Null(record!.Practice);
    }

    [Theory]
    [InlineData("state", "XX")]
    [InlineData("postalCode", "1234")]
    public void A_us_state_or_zip_that_is_given_is_still_checked(string field, string value)
    {
        var address = new JsonObject { ["line"] = new JsonArray("1 MAIN ST"), ["city"] = "EMPORIA", ["state"] = "KS", ["postalCode"] = "66801" };
        address[field] = value;
        var (record, error) = Read(Practitioner(address));
        Assert.Null(record);
        Assert.Equal($"Practitioner.address.{field}", error!.Column);
    }

    [Theory]
    [InlineData("Massachusetts", "MA")]
    [InlineData(" new york ", "NY")]
    [InlineData("District of Columbia", "DC")]
    [InlineData("ma", "MA")]
    public void A_us_state_written_out_is_read_as_its_usps_code(string state, string code)
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["line"] = new JsonArray("1 MAIN ST"), ["city"] = "BOSTON", ["state"] = state, ["postalCode"] = "02134" }));
        Assert.Null(error);
        Assert.Equal(code, record!.Practice!.State);
    }

    [Theory]
    [InlineData("France", "FR")]
    [InlineData("FRA", "FR")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("de", "DE")]
    [InlineData("United States of America", "US")]
    public void A_country_given_by_name_or_three_letter_code_is_read_as_its_two_letter_code(string country, string code)
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["line"] = new JsonArray("10 RUE DE RIVOLI"), ["city"] = "PARIS", ["country"] = country }));
        Assert.Null(error);
        Assert.Equal(code, record!.Practice!.Country);
    }

    [Fact]
    public void A_country_that_is_no_country_is_still_refused()
    {
        var (record, error) = Read(Practitioner(new JsonObject { ["line"] = new JsonArray("1 CASTLE WAY"), ["city"] = "CAIR PARAVEL", ["country"] = "Narnia" }));
        Assert.Null(record);
        Assert.Equal("Practitioner.address.country", error!.Column);
    }
}
