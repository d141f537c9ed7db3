using System.Text.Json.Nodes;
using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>
/// PractitionerRoles that point at their practitioner and organisation the usual FHIR way, by literal reference
/// ("Practitioner/123", an absolute URL, a Bundle entry's fullUrl), to resources of the same Bundle or folder.
/// </summary>
public sealed class FhirReferenceTests
{
    private static readonly string Folder = Path.Combine(NppesRows.SharedData, "fhir", "synthea-bulk-10pt");

    private static JsonNode First(string type) => JsonNode.Parse(File.ReadLines(Path.Combine(Folder, $"{type}.000.ndjson")).First())!;

    private static (JsonNode Organisation, JsonNode Practitioner, string OrgNpi, string Npi) People()
    {
        var organisation = First("Organization");
        const string orgNpi = "1497758544";
        organisation["id"] = "o1";
        organisation["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://hl7.org/fhir/sid/us-npi", ["value"] = orgNpi });
        var practitioner = First("Practitioner");
        practitioner["id"] = "p1";
        return (organisation, practitioner, orgNpi, practitioner["identifier"]![0]!["value"]!.GetValue<string>());
    }

    private static JsonNode Role(string id, string practitioner, string organisation) => new JsonObject
    {
        ["resourceType"] = "PractitionerRole", ["id"] = id,
        ["practitioner"] = new JsonObject { ["reference"] = practitioner }, ["organization"] = new JsonObject { ["reference"] = organisation },
    };

    private static List<AffiliationRecord> Links(IEnumerable<FhirImportSource> sources) => sources.SelectMany(s =>
    {
        Assert.Null(s.Open());
        var batches = s.Read(0, 1000, default).ToList();
        Assert.Empty(batches.SelectMany(b => b.Errors));
        return batches.SelectMany(b => b.Affiliations);
    }).ToList();

    [Fact]
    public void Roles_in_a_bundle_resolve_relative_absolute_and_fullUrl_references_to_its_entries()
    {
        var (organisation, practitioner, orgNpi, npi) = People();
        JsonObject Entry(JsonNode resource, string? fullUrl = null) => fullUrl is null
            ? new JsonObject { ["resource"] = resource }
            : new JsonObject { ["resource"] = resource, ["fullUrl"] = fullUrl };
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "transaction",
            ["entry"] = new JsonArray(Entry(organisation, "urn:uuid:0b5e5c6e-org"), Entry(practitioner),
                Entry(Role("r1", "Practitioner/p1", "Organization/o1")),
                Entry(Role("r2", "https://fhir.example.org/r4/Practitioner/p1/_history/2", "urn:uuid:0b5e5c6e-org"))),
        };

        var links = Links([new FhirImportSource(FileVariants.Write("bundle.json", bundle.ToJsonString()))]);

        Assert.Equal([(npi, orgNpi), (npi, orgNpi)], links.Select(l => (l.PractitionerNpi, l.OrganisationNpi)));
    }

    [Fact]
    public void Roles_in_a_folder_resolve_references_to_the_folders_other_files()
    {
        var (organisation, practitioner, orgNpi, npi) = People();
        var folder = Path.GetDirectoryName(FileVariants.Write("Organization.ndjson", organisation.ToJsonString() + "\n"))!;
        File.WriteAllText(Path.Combine(folder, "Practitioner.ndjson"), practitioner.ToJsonString() + "\n");
        File.WriteAllText(Path.Combine(folder, "PractitionerRole.ndjson"), Role("r1", "Practitioner/p1", "Organization/o1").ToJsonString() + "\n");

        var link = Assert.Single(Links(FhirImportSource.ForPath(folder)));

        Assert.Equal((npi, orgNpi), (link.PractitionerNpi, link.OrganisationNpi));
    }

    [Fact]
    public void Roles_listed_before_their_practitioners_and_organisations_still_reach_them()
    {
        // A search Bundle with _include gives the matched roles first, then the included resources.
        var (organisation, practitioner, orgNpi, npi) = People();
        JsonObject Entry(JsonNode resource, string mode) => new()
        {
            ["fullUrl"] = $"https://fhir.example.org/r4/{resource["resourceType"]}/{resource["id"]}", ["resource"] = resource,
            ["search"] = new JsonObject { ["mode"] = mode },
        };
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "searchset",
            ["entry"] = new JsonArray(Entry(Role("r1", "Practitioner/p1", "Organization/o1"), "match"),
                Entry(Role("r2", "https://fhir.example.org/r4/Practitioner/p1", "Organization/o1"), "match"),
                Entry(practitioner.DeepClone(), "include"), Entry(organisation.DeepClone(), "include")),
        };
        // A bulk export may mix the types in one NDJSON file, roles first too.
        var ndjson = string.Join('\n', Role("r1", "Practitioner/p1", "Organization/o1").ToJsonString(), practitioner.ToJsonString(),
            organisation.ToJsonString()) + "\n";

        var fromBundle = Links([new FhirImportSource(FileVariants.Write("search.json", bundle.ToJsonString()))]);
        var fromNdjson = Links([new FhirImportSource(FileVariants.Write("mixed.ndjson", ndjson))]);

        Assert.Equal([(npi, orgNpi), (npi, orgNpi)], fromBundle.Select(l => (l.PractitionerNpi, l.OrganisationNpi)));
        Assert.Equal([(npi, orgNpi)], fromNdjson.Select(l => (l.PractitionerNpi, l.OrganisationNpi)));
    }

    [Fact]
    public void A_practitioner_a_role_contains_is_imported_like_a_contained_organisation()
    {
        var (organisation, practitioner, orgNpi, npi) = People();
        var role = Role("r1", "#p1", "#o1");
        role["contained"] = new JsonArray(practitioner.DeepClone(), organisation.DeepClone());
        var source = new FhirImportSource(FileVariants.Write("PractitionerRole.ndjson", role.ToJsonString() + "\n"));
        Assert.Null(source.Open());

        var batches = source.Read(0, 1000, default).ToList();

        Assert.Empty(batches.SelectMany(b => b.Errors));
        Assert.Equal(new[] { npi, orgNpi }.Order(), batches.SelectMany(b => b.Records).Select(r => r.Npi).Order());
        var link = Assert.Single(batches.SelectMany(b => b.Affiliations));
        Assert.Equal((npi, orgNpi), (link.PractitionerNpi, link.OrganisationNpi));
    }

    [Theory]
    [InlineData("practitioner")]
    [InlineData("organization")]
    public void A_role_naming_an_npi_that_fails_its_check_digit_is_reported_on_that_reference(string field)
    {
        var role = Role("r1", "Practitioner/p1", "Organization/o1");
        role[field] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "http://hl7.org/fhir/sid/us-npi", ["value"] = "1234567890" } };
        var source = new FhirImportSource(FileVariants.Write("PractitionerRole.ndjson", role.ToJsonString() + "\n"));
        Assert.Null(source.Open());

        var batches = source.Read(0, 1000, default).ToList();

        Assert.Empty(batches.SelectMany(b => b.Affiliations));
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Equal($"PractitionerRole.{field}.identifier", error.Column);
        Assert.Contains("fails the check digit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditional_references_of_a_transaction_reach_the_practitioner_and_organisation_by_their_identifier()
    {
        var (_, _, orgNpi, npi) = People();
        var role = Role("r1", $"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{npi}",
            $"Organization?identifier={Uri.EscapeDataString($"http://hl7.org/fhir/sid/us-npi|{orgNpi}")}");
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "transaction",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["resource"] = role, ["request"] = new JsonObject { ["method"] = "POST", ["url"] = "PractitionerRole" },
            }),
        };

        var link = Assert.Single(Links([new FhirImportSource(FileVariants.Write("conditional.json", bundle.ToJsonString()))]));

        Assert.Equal((npi, orgNpi), (link.PractitionerNpi, link.OrganisationNpi));
    }

    [Fact]
    public void A_contained_practitioners_local_id_does_not_take_over_the_practitioner_of_that_id()
    {
        var (organisation, practitioner, orgNpi, npi) = People();
        var other = JsonNode.Parse(File.ReadLines(Path.Combine(Folder, "Practitioner.000.ndjson")).Skip(1).First())!;
        other["id"] = "p1";
        var containing = Role("r1", "#p1", "Organization/o1");
        containing["contained"] = new JsonArray(other);
        var ndjson = string.Join('\n', organisation.ToJsonString(), practitioner.ToJsonString(), containing.ToJsonString(),
            Role("r2", "Practitioner/p1", "Organization/o1").ToJsonString()) + "\n";

        var links = Links([new FhirImportSource(FileVariants.Write("roles.ndjson", ndjson))]);

        var otherNpi = other["identifier"]![0]!["value"]!.GetValue<string>();
        Assert.Equal([(otherNpi, orgNpi), (npi, orgNpi)], links.Select(l => (l.PractitionerNpi, l.OrganisationNpi)));
    }

    [Fact]
    public void A_relative_reference_reaches_an_entry_known_only_by_its_restful_fullUrl()
    {
        var (organisation, practitioner, orgNpi, npi) = People();
        practitioner.AsObject().Remove("id");
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "collection",
            ["entry"] = new JsonArray(new JsonObject { ["resource"] = organisation },
                new JsonObject { ["fullUrl"] = "https://fhir.example.org/r4/Practitioner/p9", ["resource"] = practitioner },
                new JsonObject { ["resource"] = Role("r1", "Practitioner/p9", "Organization/o1") }),
        };

        var link = Assert.Single(Links([new FhirImportSource(FileVariants.Write("restful.json", bundle.ToJsonString()))]));

        Assert.Equal((npi, orgNpi), (link.PractitionerNpi, link.OrganisationNpi));
    }
}
