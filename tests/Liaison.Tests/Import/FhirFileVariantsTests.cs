using System.Text.Json.Nodes;
using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>The FHIR source on Bundles and NDJSON built from the Synthea sample, damaged in the ways real feeds are.</summary>
public sealed class FhirFileVariantsTests
{
    private static readonly string Folder = Path.Combine(NppesRows.SharedData, "fhir", "synthea-bulk-10pt");

    private static List<JsonNode> Resources(string type) =>
        File.ReadLines(Path.Combine(Folder, $"{type}.000.ndjson")).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!).ToList();

    private static string Bundle(string type, IEnumerable<JsonNode> resources) => new JsonObject
    {
        ["resourceType"] = "Bundle", ["type"] = type,
        ["entry"] = new JsonArray(resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray()),
    }.ToJsonString();

    private static List<ImportBatch> Read(string path)
    {
        var source = new FhirImportSource(path);
        Assert.Null(source.Open());
        return source.Read(0, 1000, default).ToList();
    }

    [Theory]
    [InlineData("collection")]
    [InlineData("transaction")]
    [InlineData("searchset")]
    public void Every_bundle_type_reads_its_practitioners(string type)
    {
        var batches = Read(FileVariants.Write("b.json", FileVariants.WithBom(Bundle(type, Resources("Practitioner")))));
        Assert.Equal(Resources("Practitioner").Count, batches.Sum(b => b.Records.Count));
    }

    [Fact]
    public void Bad_ndjson_lines_are_reported_by_line_and_the_good_ones_kept()
    {
        var good = Resources("Practitioner").Take(2).Select(r => r.ToJsonString()).ToList();
        var wrongShape = """{"resourceType":"Practitioner","identifier":{"system":"x"},"name":"Bob"}""";
        var text = FileVariants.Crlf(string.Join('\n', good[0], "{not json", "[]", "\"text\"", wrongShape, "", good[1]) + "\n\n");
        var batches = Read(FileVariants.Write("p.ndjson", text));
        Assert.Equal(2, batches.Sum(b => b.Records.Count));
        Assert.Equal([2L, 3, 4, 5], batches.SelectMany(b => b.Errors).Select(e => e.Line));
        // Broken JSON is named as such (the JSON reader's own "LineNumber: 0" counted from the resource, not the file).
        Assert.Equal("not valid JSON (cut off or malformed at character 2 of the resource)", batches.SelectMany(b => b.Errors).First().Reason);
    }

    [Fact]
    public void File_level_problems_are_named_before_anything_is_read()
    {
        var bundle = Bundle("collection", Resources("Practitioner"));
        Assert.Contains("not valid JSON", new FhirImportSource(FileVariants.Write("cut.json", FileVariants.CutOff(bundle, 50))).Open(), StringComparison.Ordinal);
        Assert.Contains("resourceType", new FhirImportSource(FileVariants.Write("x.json", """{"hello":"world"}""")).Open(), StringComparison.Ordinal);
        Assert.Equal("the file is empty", new FhirImportSource(FileVariants.Write("e.ndjson", "")).Open());
        Assert.Null(new FhirImportSource(FileVariants.Write("p.json.gz", FileVariants.Gzip(bundle))).Open());
        Assert.Contains("empty", new FhirImportSource(FileVariants.Write("e.ndjson.gz", FileVariants.Gzip(""))).Open(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_npi_is_found_among_other_identifiers_and_under_its_oid()
    {
        var practitioners = Resources("Practitioner").Take(2).ToList();
        var npi = practitioners[0]["identifier"]![0]!["value"]!.GetValue<string>();
        practitioners[0]["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://example.org/mrn", ["value"] = "M1" },
            new JsonObject { ["system"] = "urn:oid:2.16.840.1.113883.4.6", ["value"] = npi });
        practitioners[1]["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://example.org/mrn", ["value"] = "M2" });
        var batches = Read(FileVariants.Write("b.json", Bundle("collection", practitioners)));
        Assert.Equal(npi, Assert.Single(batches.SelectMany(b => b.Records)).Npi);
        // A Bundle's entries are named by FHIRPath: this Bundle is minified, every entry on line 1.
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Equal((1L, "Bundle.entry[1].resource.identifier"), (error.Line, error.Column));
    }

    [Fact]
    public void A_name_given_only_as_text_is_read_from_the_text()
    {
        var practitioners = Resources("Practitioner").Take(2).ToList();
        practitioners[0]["name"] = new JsonArray(new JsonObject { ["text"] = "Dr. Ada B. Lovelace, MD" });
        practitioners[1]["name"] = new JsonArray(new JsonObject { ["text"] = "Cher" });
        var batches = Read(FileVariants.Write("t.json", Bundle("collection", practitioners)));
        var record = Assert.Single(batches.SelectMany(b => b.Records));
        Assert.Equal(("Lovelace", "Ada", "B.", "Dr."), (record.LastName, record.FirstName, record.MiddleName, record.NamePrefix));
        Assert.Equal("Bundle.entry[1].resource.name.family", Assert.Single(batches.SelectMany(b => b.Errors)).Column);
    }

    [Fact]
    public void A_family_name_without_a_given_name_is_imported_with_an_empty_first_name_and_no_name_at_all_is_reported()
    {
        var practitioners = Resources("Practitioner").Take(3).ToList();
        practitioners[0]["name"] = new JsonArray(new JsonObject { ["use"] = "official", ["family"] = "Lovelace", ["prefix"] = new JsonArray("Dr.") });
        practitioners[1]["name"] = new JsonArray(new JsonObject { ["family"] = "Hopper", ["given"] = new JsonArray(), ["text"] = "Hopper" });
        practitioners[2]["name"] = new JsonArray(new JsonObject { ["given"] = new JsonArray("Grace") });
        var batches = Read(FileVariants.Write("g.json", Bundle("collection", practitioners)));
        Assert.Equal([("Lovelace", "", "Dr."), ("Hopper", "", null)], batches.SelectMany(b => b.Records).Select(r => (r.LastName, r.FirstName, r.NamePrefix)));
        Assert.Equal("Bundle.entry[2].resource.name.family", Assert.Single(batches.SelectMany(b => b.Errors)).Column);
    }

    [Fact]
    public void A_minified_bundle_resumes_after_the_last_entry_it_committed()
    {
        var practitioners = Resources("Practitioner");
        var path = FileVariants.Write("m.json", Bundle("collection", practitioners));
        var source = new FhirImportSource(path);
        Assert.Null(source.Open());
        var first = source.Read(0, 3, default).First();
        Assert.Equal(3, first.LastLine);

        var rest = source.Read(first.LastLine, 1000, default).ToList();

        Assert.Equal(practitioners.Count - 3, rest.Sum(b => b.Records.Count));
        Assert.Equal(practitioners.Skip(3).Select(p => p["identifier"]![0]!["value"]!.GetValue<string>()), rest.SelectMany(b => b.Records).Select(r => r.Npi));
    }

    [Fact]
    public void A_role_with_its_organisation_contained_imports_the_organisation_and_links_to_it()
    {
        var role = Resources("PractitionerRole")[0].DeepClone();
        var organisation = Resources("Organization")[0].DeepClone();
        var id = organisation["id"]!.GetValue<string>();
        role["contained"] = new JsonArray(organisation);
        role["organization"] = new JsonObject { ["reference"] = "#" + id };
        var batch = Assert.Single(Read(FileVariants.Write("r.json", role.ToJsonString())));
        Assert.Empty(batch.Errors);
        var record = Assert.Single(batch.Records);
        var link = Assert.Single(batch.Affiliations);
        Assert.True(record.IsOrganisation);
        Assert.True(link.OrganisationNpi is { } npi ? npi == record.Npi : (link.OrganisationSystem, link.OrganisationId) == (record.ExternalSystem, record.ExternalId));
    }

    [Fact]
    public void Non_ascii_and_very_long_names_are_kept()
    {
        var practitioner = Resources("Practitioner")[0].DeepClone();
        practitioner["name"] = new JsonArray(new JsonObject { ["family"] = "Müller-王" + new string('x', 5000), ["given"] = new JsonArray("José") });
        var record = Assert.Single(Read(FileVariants.Write("p.json", practitioner.ToJsonString())).SelectMany(b => b.Records));
        Assert.StartsWith("Müller-王", record.LastName, StringComparison.Ordinal);
        Assert.Equal("José", record.FirstName);
    }

    [Theory]
    [InlineData("Practitioner.jsonl")]
    [InlineData("Practitioner.json")]
    public void Ndjson_saved_under_another_extension_reads_line_by_line(string name)
    {
        var lines = Resources("Practitioner").Select(r => r.ToJsonString()).ToList();
        var batches = Read(FileVariants.Write(name, string.Join('\n', lines) + "\n"));
        Assert.Equal(lines.Count, batches.Sum(b => b.Records.Count));
    }

    [Theory]
    [InlineData("United States of America")]
    [InlineData("usa")]
    [InlineData(" US ")]
    public void The_united_states_spelled_out_or_in_lower_case_is_the_US(string country)
    {
        var practitioner = Resources("Practitioner")[0].DeepClone();
        practitioner["address"]![0]!["country"] = country;
        var record = Assert.Single(Read(FileVariants.Write("p.json", practitioner.ToJsonString())).SelectMany(b => b.Records));
        Assert.Equal("US", record.Practice!.Country);
    }

    [Fact]
    public void A_role_with_a_very_long_code_and_text_is_cut_to_the_affiliation_columns()
    {
        var role = Resources("PractitionerRole")[0].DeepClone();
        role["code"] = new JsonArray(new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = new string('c', 40), ["display"] = new string('d', 300) }) });
        var link = Assert.Single(Read(FileVariants.Write("r.json", role.ToJsonString())).SelectMany(b => b.Affiliations));
        Assert.Equal((20, 200), (link.RoleCode!.Length, link.Role!.Length));
    }

    [Fact]
    public void Entries_that_are_null_or_hold_a_null_resource_are_reported_and_the_entries_after_them_read()
    {
        var practitioners = Resources("Practitioner").Take(2).ToList();
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "collection",
            ["entry"] = new JsonArray(null, new JsonObject { ["resource"] = null }, new JsonObject { ["resource"] = practitioners[0].DeepClone() },
                "entry", new JsonObject { ["resource"] = practitioners[1].DeepClone() }),
        };
        var batches = Read(FileVariants.Write("n.json", bundle.ToJsonString()));
        Assert.Equal(2, batches.Sum(b => b.Records.Count));
        Assert.Equal(["Bundle.entry[0].resource", "Bundle.entry[1].resource", "Bundle.entry[3].resource"],
            batches.SelectMany(b => b.Errors).Select(e => e.Column));
    }

    [Fact]
    public void A_former_name_or_a_nickname_listed_first_does_not_replace_the_current_name()
    {
        var practitioner = Resources("Practitioner")[0].DeepClone();
        practitioner["name"] = new JsonArray(
            new JsonObject { ["use"] = "old", ["family"] = "Maiden", ["given"] = new JsonArray("Ann") },
            new JsonObject { ["use"] = "nickname", ["family"] = "Smith", ["given"] = new JsonArray("Annie") },
            new JsonObject { ["family"] = "Smith", ["given"] = new JsonArray("Ann") });
        var record = Assert.Single(Read(FileVariants.Write("p.json", practitioner.ToJsonString())).SelectMany(b => b.Records));
        Assert.Equal(("Smith", "Ann"), (record.LastName, record.FirstName));
    }

    [Fact]
    public void An_invalid_code_is_reported_by_its_path_without_the_sdks_line_within_the_resource()
    {
        var practitioners = Resources("Practitioner").Take(2).Select(p => p.DeepClone()).ToList();
        practitioners[1]["gender"] = "M";
        var batches = Read(FileVariants.Write("p.ndjson", string.Join('\n', practitioners.Select(p => p.ToJsonString())) + "\n"));
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Equal(2, error.Line);
        Assert.Contains("Practitioner.gender", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1", error.Reason, StringComparison.Ordinal);
    }
}
