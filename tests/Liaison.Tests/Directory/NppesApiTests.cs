using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

/// <summary>NPI Registry API answers (the recorded CMS answers in shared/data/nppes-api) read with the NPPES file's rules.</summary>
public sealed class NppesApiTests
{
    private static string Sample(string id) => Path.Combine(NppesRows.SharedData, "nppes-api", $"ropensci-npi_api-{id}.json");

    private static NppesApiAnswers Answers(byte[] bytes)
    {
        var (answers, problem) = NppesApiAnswers.Read(bytes);
        Assert.Null(problem);
        return answers!;
    }

    private static (ProviderRecord? Record, RowError? Error) Map(NppesApiResult result)
    {
        using var json = JsonDocument.Parse(result.Json);
        return NppesApiMapper.Map(json.RootElement, result.Line);
    }

    [Fact]
    public void An_organisation_maps_with_its_addresses_secondary_locations_and_primary_taxonomy()
    {
        var answers = Answers(File.ReadAllBytes(Sample("8bdc8b")));
        var (record, error) = Map(Assert.Single(answers.Results));
        Assert.Null(error);
        Assert.Equal(("1568946812", true, "CSP ANESTHESIA LLC", false), (record!.Npi, record.IsOrganisation, record.OrganisationName, record.IsSubpart!.Value));
        Assert.Equal(new DateOnly(2018, 9, 22), record.EnumeratedOn);
        Assert.Equal(("403 PERMIAN WAY STE D", "VILLA RICA", "GA", "301803226", "8884080200"),
            (record.Practice!.Line1, record.Practice.City, record.Practice.State, record.Practice.PostalCode, record.Practice.Phone));
        Assert.Equal(("PO BOX 1186", "MABLETON"), (record.Mailing!.Line1, record.Mailing.City));
        Assert.Equal(("5505 ROSWELL RD STE 350B", AddressKind.Other), (record.OtherAddresses[0].Line1, record.OtherAddresses[0].Kind));
        Assert.Equal("207L00000X", record.PrimaryTaxonomyCode);
        Assert.Equal(4, answers.Results[0].Line); // where its object opens
    }

    [Fact]
    public void A_reactivated_person_keeps_both_dates_and_a_cut_short_answer_is_reported_on_its_result_count()
    {
        var answers = Answers(File.ReadAllBytes(Sample("a769af")));
        Assert.Equal(2, answers.Results.Count);
        var problem = Assert.Single(answers.Problems);
        Assert.Equal((2L, "result_count"), (problem.Line, problem.Column));
        Assert.Contains("says 200 providers but results holds 2", problem.Reason);
        var rowell = answers.Results.Select(Map).Single(r => r.Record?.Npi == "1003142399").Record!;
        Assert.Equal(("ROWELL", "SHAREE", "MT", AdministrativeSex.Female, true), (rowell.LastName, rowell.FirstName, rowell.Credentials, rowell.Sex, rowell.SoleProprietor));
        Assert.Equal((new DateOnly(2015, 1, 14), new DateOnly(2019, 2, 13)), (rowell.DeactivatedOn, rowell.ReactivatedOn));
    }

    [Theory]
    [InlineData("8d2d52", "line 1: the NPI Registry answered with an error, not providers: “No valid search criteria provided” (field generic, error 04)")]
    [InlineData("c85286", "line 1: the NPI Registry answered with an error, not providers: “enumeration_type requires additional search criteria” (field enumeration_type, error 09)")]
    public void An_error_answer_alone_is_refused_with_the_registrys_words(string id, string expected) =>
        Assert.Equal(expected, NppesApiAnswers.Read(File.ReadAllBytes(Sample(id))).Problem);

    [Fact]
    public void An_empty_answer_holds_nothing_and_is_no_problem() =>
        Assert.Empty(Answers(File.ReadAllBytes(Sample("a2f836"))).Results);

    [Fact]
    public void Answers_one_a_line_one_after_another_or_in_an_array_give_the_same_results_on_their_own_lines()
    {
        var ids = new[] { "1f9cef", "8bdc8b", "8d2d52", "b2f594" };
        var compact = ids.Select(id => JsonNode.Parse(File.ReadAllText(Sample(id)))!.ToJsonString()).ToList();
        var lines = Answers(Encoding.UTF8.GetBytes(string.Join('\n', compact.Append("not json")) + "\n"));
        var concatenated = Answers(Encoding.UTF8.GetBytes(string.Concat(ids.Select(id => File.ReadAllText(Sample(id))))));
        var array = Answers(Encoding.UTF8.GetBytes($"[{string.Join(',', compact)}]"));

        Assert.Equal(12, lines.Results.Count);
        Assert.Equal(lines.Results.Select(r => Map(r).Record!.Npi), concatenated.Results.Select(r => Map(r).Record!.Npi));
        Assert.Equal(lines.Results.Select(r => Map(r).Record!.Npi), array.Results.Select(r => Map(r).Record!.Npi));
        Assert.Equal([1L, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4], lines.Results.Select(r => r.Line));
        Assert.Equal([(3L, "Errors"), (5L, "(line)")], lines.Problems.Select(p => (p.Line, p.Column)));
    }

    [Theory]
    [InlineData("number", "1568946813", "number", "fails the check digit (expected 2)")]
    [InlineData("enumeration_type", "NPI-3", "enumeration_type", "'NPI-3' is not an enumeration type")]
    [InlineData("basic.enumeration_date", "2018-02-30", "basic.enumeration_date", "'2018-02-30' is not a date in YYYY-MM-DD form")]
    [InlineData("basic.last_updated", "0001-01-01", "basic.last_updated", "its year is outside 1900–2100")]
    [InlineData("basic.organization_name", "", "basic.organization_name", "needs its legal business name")]
    [InlineData("addresses.0.state", "XX", "addresses[0].state", "'XX' is not a US state code")]
    [InlineData("addresses.0.postal_code", "3018", "addresses[0].postal_code", "'3018' is not a ZIP code")]
    [InlineData("addresses.0.address_purpose", "MAILING", "addresses", "the practice location address (address_purpose LOCATION) is missing")]
    [InlineData("practiceLocations.0.city", "", "practiceLocations[0].city", "the address has no city")]
    [InlineData("taxonomies.0.code", "207L", "taxonomies[0].code", "'207L' is not a 10-character taxonomy code")]
    [InlineData("basic.organization_name", "N\u0000O", "(result)", "NUL")]
    public void Each_rule_of_the_registry_file_refuses_the_result_naming_its_field(string path, string value, string field, string reason)
    {
        var answer = JsonNode.Parse(File.ReadAllText(Sample("8bdc8b")))!;
        var node = answer["results"]![0]!;
        var parts = path.Split('.');
        foreach (var part in parts[..^1]) node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        node[parts[^1]] = value;
        var (record, error) = Map(Assert.Single(Answers(Encoding.UTF8.GetBytes(answer.ToJsonString())).Results));
        Assert.Null(record);
        Assert.Equal(field, error!.Column);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void A_person_needs_a_last_name_and_a_longer_name_than_the_directory_holds_is_refused()
    {
        var answer = JsonNode.Parse(File.ReadAllText(Sample("b2f594")))!;
        answer["results"]![0]!["basic"]!["last_name"] = new string('A', 101);
        var (_, error) = Map(Answers(Encoding.UTF8.GetBytes(answer.ToJsonString())).Results[0]);
        Assert.Equal(("basic.last_name", "101 characters: longer than the 100 this field holds"), (error!.Column, error.Reason));
        answer["results"]![0]!["basic"]!.AsObject().Remove("last_name");
        (_, error) = Map(Answers(Encoding.UTF8.GetBytes(answer.ToJsonString())).Results[0]);
        Assert.Equal(("basic.last_name", "a person (NPI-1) needs a last name"), (error!.Column, error.Reason));
    }
}
