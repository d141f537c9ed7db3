using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Reads ClinicalTrials.gov API v2 study JSON: one study (<c>{"protocolSection": …}</c>), a page of the studies
/// endpoint (<c>{"studies": [...], "nextPageToken": …}</c>), a bare array of studies, or several of these one after
/// another (pages saved in turn, one study a line as NDJSON). Each study is validated against the v2 data
/// model (NCT number, status, phase, role enumerations, partial dates) and reported with its line and JSON path;
/// the others are kept.
/// </summary>
public static partial class ClinicalTrialReader
{
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING", "SUSPENDED",
        "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE",
        "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN",
    };
    private static readonly HashSet<string> PhaseValues = ["NA", "EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4"];
    private static readonly HashSet<string> StudyTypes = ["INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS"];
    // The v2 OfficialRole enum; a site contact's ContactRole adds CONTACT.
    private static readonly Dictionary<string, TrialRole> OfficialRoles = new(StringComparer.Ordinal)
    {
        ["PRINCIPAL_INVESTIGATOR"] = TrialRole.PrincipalInvestigator, ["STUDY_CHAIR"] = TrialRole.StudyChair,
        ["STUDY_DIRECTOR"] = TrialRole.StudyDirector, ["SUB_INVESTIGATOR"] = TrialRole.SubInvestigator,
    };
    private static readonly Dictionary<string, TrialRole> ContactRoles = new(OfficialRoles, StringComparer.Ordinal)
    {
        ["CONTACT"] = TrialRole.Contact,
    };

    internal static Parsed<ClinicalTrialRecord> Parse(JsonElement study, string prefix, long line)
    {
        try { return new(ParseStudy(study, prefix), null, line); }
        catch (InvalidStudy e) { return new(null, new(line, (prefix + e.Path).TrimEnd('.') is { Length: > 0 } at ? at : "$", e.Message), line); }
    }

    private static ClinicalTrialRecord ParseStudy(JsonElement study, string prefix)
    {
        var protocol = Object(study, "protocolSection", "protocolSection", required: true)!.Value;
        var id = Object(protocol, "identificationModule", "protocolSection.identificationModule", required: true)!.Value;
        var nctId = Text(id, "nctId", "protocolSection.identificationModule.nctId", required: true)!;
        if (!NctPattern().IsMatch(nctId)) throw new InvalidStudy("protocolSection.identificationModule.nctId", $"'{nctId}' is not an NCT number (NCT and 8 digits)");
        var title = Text(id, "briefTitle", "protocolSection.identificationModule.briefTitle")
                    ?? Text(id, "officialTitle", "protocolSection.identificationModule.officialTitle")
                    ?? throw new InvalidStudy("protocolSection.identificationModule.briefTitle", $"{nctId} has no title");

        const string statusPath = "protocolSection.statusModule";
        var status = Object(protocol, "statusModule", statusPath, required: true)!.Value;
        var overall = Text(status, "overallStatus", statusPath + ".overallStatus", required: true)!;
        if (!Statuses.Contains(overall)) throw new InvalidStudy(statusPath + ".overallStatus", $"'{overall}' is not a ClinicalTrials.gov overall status");
        var started = PartialDate(status, "startDateStruct", statusPath);
        var completed = PartialDate(status, "completionDateStruct", statusPath) ?? PartialDate(status, "primaryCompletionDateStruct", statusPath);

        string? phases = null, studyType = null;
        if (Object(protocol, "designModule", "protocolSection.designModule") is { } design)
        {
            studyType = Text(design, "studyType", "protocolSection.designModule.studyType");
            if (studyType is not null && !StudyTypes.Contains(studyType))
                throw new InvalidStudy("protocolSection.designModule.studyType", $"'{studyType}' is not a study type");
            var list = Strings(design, "phases", "protocolSection.designModule.phases");
            foreach (var (p, i) in list.Select((p, i) => (p, i)))
                if (!PhaseValues.Contains(p)) throw new InvalidStudy($"protocolSection.designModule.phases[{i}]", $"'{p}' is not a phase");
            phases = list.Count > 0 ? string.Join('/', list) : null;
        }
        var sponsor = Object(protocol, "sponsorCollaboratorsModule", "protocolSection.sponsorCollaboratorsModule") is { } s
            && Object(s, "leadSponsor", "protocolSection.sponsorCollaboratorsModule.leadSponsor") is { } lead
            ? Text(lead, "name", "protocolSection.sponsorCollaboratorsModule.leadSponsor.name") : null;
        var conditions = Object(protocol, "conditionsModule", "protocolSection.conditionsModule") is { } c
            ? Strings(c, "conditions", "protocolSection.conditionsModule.conditions") : [];

        var people = Object(protocol, "contactsLocationsModule", "protocolSection.contactsLocationsModule") is { } cl
            ? People(cl) : [];
        if (ResponsibleInvestigator(protocol, people) is { } responsible) people.Add(responsible);
        return new ClinicalTrialRecord(nctId, Cut(title, 1000), overall, phases, studyType, Cut(sponsor, 400),
            conditions.Count > 0 ? Cut(string.Join("; ", conditions), 2000) : null, started, completed, people);
    }

    private static List<TrialPersonRecord> People(JsonElement module)
    {
        const string path = "protocolSection.contactsLocationsModule";
        var people = new List<TrialPersonRecord>();
        foreach (var (o, i) in Array(module, "overallOfficials", path + ".overallOfficials"))
        {
            var at = $"{path}.overallOfficials[{i}]";
            // Name and role are optional in the v2 model: an official given by affiliation alone has no one to link, and
            // one without a role is kept as the weakest role rather than losing the study.
            if (Text(o, "name", at + ".name") is not { } name) continue;
            var role = Role(o, at, OfficialRoles, required: false) ?? TrialRole.Contact;
            people.Add(new(people.Count + 1, Cut(name, 300), PersonName.Parse(name), role, true,
                Text(o, "affiliation", at + ".affiliation"), null, null, null, null));
        }
        foreach (var (location, i) in Array(module, "locations", path + ".locations"))
        {
            var at = $"{path}.locations[{i}]";
            var facility = Text(location, "facility", at + ".facility");
            var (city, state, zip, country) = (Text(location, "city", at + ".city"), Text(location, "state", at + ".state"),
                Text(location, "zip", at + ".zip"), Text(location, "country", at + ".country"));
            foreach (var (contact, j) in Array(location, "contacts", at + ".contacts"))
            {
                var cat = $"{at}.contacts[{j}]";
                var role = Role(contact, cat, ContactRoles, required: false) ?? TrialRole.Contact;
                // Site contacts are often a phone line or a mailbox without a person: nothing to link.
                if (Text(contact, "name", cat + ".name") is not { } name) continue;
                people.Add(new(people.Count + 1, Cut(name, 300), PersonName.Parse(name), role, false, facility, city, state, zip, country));
            }
        }
        return people;
    }

    /// <summary>
    /// The investigator who is the study's responsible party (sponsorCollaboratorsModule.responsibleParty of type
    /// PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR): the study's lead investigator, unless already an overall official.
    /// </summary>
    private static TrialPersonRecord? ResponsibleInvestigator(JsonElement protocol, List<TrialPersonRecord> people)
    {
        const string path = "protocolSection.sponsorCollaboratorsModule.responsibleParty";
        if (Object(protocol, "sponsorCollaboratorsModule", "protocolSection.sponsorCollaboratorsModule") is not { } module
            || Object(module, "responsibleParty", path) is not { } party
            || Text(party, "type", path + ".type") is not ("PRINCIPAL_INVESTIGATOR" or "SPONSOR_INVESTIGATOR")
            || Text(party, "investigatorFullName", path + ".investigatorFullName") is not { } name) return null;
        var parsed = PersonName.Parse(name);
        var (last, first) = (EvidenceText.Surname(parsed.Last), EvidenceText.Fold(parsed.First));
        if (last.Length > 0 && people.Any(p => p.IsOverallOfficial && EvidenceText.Surname(p.Parsed.Last) == last
                                                && EvidenceText.Fold(p.Parsed.First) == first)) return null;
        return new(people.Count + 1, Cut(name, 300), parsed, TrialRole.PrincipalInvestigator, true,
            Text(party, "investigatorAffiliation", path + ".investigatorAffiliation"), null, null, null, null);
    }
}
