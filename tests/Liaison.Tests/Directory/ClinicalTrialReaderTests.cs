using System.Text;
using System.Text.Json.Nodes;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

public sealed class ClinicalTrialReaderTests
{
    [Fact]
    public void A_single_study_gives_officials_and_named_site_investigators()
    {
        var study = Assert.Single(ClinicalTrialReader.Read(File.ReadAllBytes(KolTestFiles.Kol("ctgov_study_pilcher.json")))).Record!;
        Assert.Equal("NCT04000001", study.NctId);
        Assert.Equal("COMPLETED", study.OverallStatus);
        Assert.Equal("PHASE3", study.Phases);
        Assert.Equal(new DateOnly(2019, 9, 1), study.StartedOn);
        Assert.Equal(new DateOnly(2023, 12, 15), study.CompletedOn);
        Assert.Equal("Heart Failure; Cardiomyopathy", study.Conditions);
        Assert.Collection(study.People,
            p => Assert.Equal(("Pilcher", "William", TrialRole.PrincipalInvestigator, true), (p.Parsed.Last, p.Parsed.First, p.Role, p.IsOverallOfficial)),
            p => Assert.Equal(("Pilcher", TrialRole.PrincipalInvestigator, "Jacksonville", "32204"), (p.Parsed.Last, p.Role, p.City, p.Zip)),
            p => Assert.Equal(("Adusumilli", "K", TrialRole.SubInvestigator, "Ohio"), (p.Parsed.Last, p.Parsed.Middle, p.Role, p.State)));
    }

    [Fact]
    public void A_page_reports_each_invalid_study_by_line_and_path_and_keeps_the_good_one()
    {
        var all = ClinicalTrialReader.Read(File.ReadAllBytes(KolTestFiles.Kol("ctgov_page_with_errors.json")));
        Assert.Equal("NCT05000002", Assert.Single(all, a => a.Record is not null).Record!.NctId);
        var errors = all.Where(a => a.Error is not null).Select(a => a.Error!).ToList();
        Assert.Equal([34L, 65, 95, 126, 157, 188], errors.Select(e => e.Line));
        Assert.Equal([
            "studies[1].protocolSection.identificationModule.nctId",
            "studies[2].protocolSection.identificationModule.briefTitle",
            "studies[3].protocolSection.statusModule.overallStatus",
            "studies[4].protocolSection.statusModule.startDateStruct.date",
            "studies[5].protocolSection.designModule.phases[0]",
            "studies[6].protocolSection.contactsLocationsModule.overallOfficials[0].role",
        ], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    [Fact]
    public void An_overall_official_may_be_a_sub_investigator_as_the_v2_OfficialRole_enum_allows()
    {
        var study = JsonNode.Parse(File.ReadAllText(KolTestFiles.Kol("ctgov_study_pilcher.json")))!;
        study["protocolSection"]!["contactsLocationsModule"]!["overallOfficials"]![0]!["role"] = "SUB_INVESTIGATOR";
        var parsed = Assert.Single(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(study.ToJsonString())));
        Assert.Null(parsed.Error);
        var official = parsed.Record!.People[0];
        Assert.Equal((TrialRole.SubInvestigator, true), (official.Role, official.IsOverallOfficial));
    }

    private static ClinicalTrialRecord Pilcher(Action<JsonNode> change)
    {
        var study = JsonNode.Parse(File.ReadAllText(KolTestFiles.Kol("ctgov_study_pilcher.json")))!;
        change(study["protocolSection"]!);
        var parsed = Assert.Single(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(study.ToJsonString())));
        Assert.Null(parsed.Error);
        return parsed.Record!;
    }

    [Fact]
    public void An_overall_official_without_a_role_or_without_a_name_does_not_cost_the_study()
    {
        // Both are optional in the v2 model: a company lists its call centre by affiliation only; older records omit the role.
        var study = Pilcher(p => p["contactsLocationsModule"]!["overallOfficials"] = JsonNode.Parse("""
            [{"name": "Jane Roe, MD", "affiliation": "Mayo Clinic"}, {"affiliation": "Pfizer", "role": "STUDY_DIRECTOR"}]
            """));
        var official = study.People[0];
        Assert.Equal(("Roe", TrialRole.Contact, true, "Mayo Clinic"), (official.Parsed.Last, official.Role, official.IsOverallOfficial, official.Affiliation));
        Assert.Equal(3, study.People.Count); // Roe and the two named site investigators
    }

    [Fact]
    public void The_investigator_who_is_the_responsible_party_is_a_lead_investigator_once()
    {
        var study = Pilcher(p =>
        {
            p["contactsLocationsModule"]!["overallOfficials"] = new JsonArray();
            p["sponsorCollaboratorsModule"]!["responsibleParty"] = JsonNode.Parse("""
                {"type": "SPONSOR_INVESTIGATOR", "investigatorFullName": "William Pilcher", "investigatorTitle": "Professor",
                 "investigatorAffiliation": "Baptist Health Jacksonville"}
                """);
        });
        var lead = study.People[^1];
        Assert.Equal(("Pilcher", "William", TrialRole.PrincipalInvestigator, true, "Baptist Health Jacksonville", 3),
            (lead.Parsed.Last, lead.Parsed.First, lead.Role, lead.IsOverallOfficial, lead.Affiliation, lead.Ordinal));

        // Already the overall official ("William C. Pilcher, MD"): not listed twice.
        var named = Pilcher(p => p["sponsorCollaboratorsModule"]!["responsibleParty"] = JsonNode.Parse("""
            {"type": "PRINCIPAL_INVESTIGATOR", "investigatorFullName": "William Pilcher", "investigatorAffiliation": "Baptist"}
            """));
        Assert.Single(named.People, x => x.IsOverallOfficial);
    }

    [Fact]
    public void A_study_without_optional_modules_with_year_month_dates_and_unknown_fields_reads()
    {
        var page = """
            {"studies": [{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "officialTitle": "Only an official title"},
              "statusModule": {"overallStatus": "NOT_YET_RECRUITING", "startDateStruct": {"date": "2023-05", "type": "ESTIMATED"},
                "completionDateStruct": {"date": "2026"}, "newFieldNobodyKnows": {"x": 1}}},
              "derivedSection": {"miscInfoModule": {"versionHolder": "2025-01-01"}}, "hasResults": false}],
             "nextPageToken": "NF0g5JGBlPMuwQY", "totalCount": 1}
            """;
        var study = Assert.Single(ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(page))).Record!;
        Assert.Equal(("Only an official title", new DateOnly(2023, 5, 1), new DateOnly(2026, 1, 1)), (study.Title, study.StartedOn, study.CompletedOn));
        Assert.Empty(study.People);
        Assert.Null(study.LeadSponsor);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2101")]
    public void A_date_of_no_plausible_year_is_a_reported_study(string date)
    {
        // 0001-01-01 and 9999-12-31 were kept, and PostgreSQL stored them as -infinity and infinity.
        var all = ClinicalTrialReader.Read(System.Text.Encoding.UTF8.GetBytes(
            "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09600001\", \"briefTitle\": \"A\"}, "
            + "\"statusModule\": {\"overallStatus\": \"COMPLETED\", \"startDateStruct\": {\"date\": \"" + date + "\"}}}}"));
        var error = Assert.Single(all).Error!;
        Assert.Equal("protocolSection.statusModule.startDateStruct.date", error.Column);
        Assert.Contains(date, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    [InlineData("{\"totalCount\": 0}")]
    [InlineData("{\"studies\": {}}")]
    public void Something_that_is_not_a_study_or_page_is_refused(string json) =>
        Assert.Throws<SourceFormatException>(() => ClinicalTrialReader.Read(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("Jane A. Doe, MD, PhD", "Doe", "Jane", "A")]
    [InlineData("Dr. John Smith Jr.", "Smith", "John", null)]
    [InlineData("Prof. Maria de la Cruz", "Cruz", "Maria", "de la")]
    [InlineData("Cher", "Cher", null, null)]
    public void Investigator_names_are_split_for_matching(string name, string last, string? first, string? middle) =>
        Assert.Equal(new PersonName(last, first, middle), PersonName.Parse(name));
}
