using System.Text.Json.Nodes;
using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>
/// A practitioner or organisation a FHIR import gives twice: the first resource stands, a later one is reported by its
/// place (a Bundle's entry), a role's contained copy of one given before is no record of its own, and a folder's files
/// share what they gave.
/// </summary>
public sealed class FhirRepeatedProviderTests
{
    private static readonly string Folder = Path.Combine(NppesRows.SharedData, "fhir", "synthea-bulk-10pt");

    private static List<JsonNode> Resources(string type) =>
        File.ReadLines(Path.Combine(Folder, $"{type}.000.ndjson")).Take(2).Select(l => JsonNode.Parse(l)!).ToList();

    private static JsonNode Renamed(JsonNode practitioner)
    {
        var copy = practitioner.DeepClone();
        copy["name"]![0]!["family"] = "Later";
        return copy;
    }

    private static List<ImportBatch> Read(FhirImportSource source)
    {
        Assert.Null(source.Open());
        return source.Read(0, 1000, default).ToList();
    }

    [Fact]
    public void A_bundle_entry_without_a_resource_is_reported_by_its_place_and_the_others_kept()
    {
        var p0 = Resources("Practitioner")[0];
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "transaction",
            ["entry"] = new JsonArray(
                new JsonObject { ["request"] = new JsonObject { ["method"] = "DELETE", ["url"] = "Practitioner/123" } },
                new JsonObject { ["resource"] = p0.DeepClone() }),
        };
        var batches = Read(new FhirImportSource(FileVariants.Write("deletion.json", bundle.ToJsonString())));
        Assert.Single(batches.SelectMany(b => b.Records));
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Equal("Bundle.entry[0].resource", error.Column);
        Assert.Contains("no resource", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_practitioner_with_the_same_npi_is_reported_by_its_bundle_entry_and_the_first_kept()
    {
        var (p0, p1) = (Resources("Practitioner")[0], Resources("Practitioner")[1]);
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "collection",
            ["entry"] = new JsonArray(new[] { p0, p1, Renamed(p0) }.Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray()),
        };
        var batches = Read(new FhirImportSource(FileVariants.Write("b.json", bundle.ToJsonString())));

        Assert.DoesNotContain("Later", batches.SelectMany(b => b.Records).Select(r => r.LastName));
        Assert.Equal(2, batches.Sum(b => b.Records.Count));
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Equal((1L, "Bundle.entry[2].resource.identifier"), (error.Line, error.Column));
        Assert.StartsWith($"Practitioner NPI {p0["identifier"]![0]!["value"]} is given by an earlier resource of this import", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_folder_the_first_file_to_give_a_provider_stands_and_a_role_s_copy_of_it_is_no_record()
    {
        var (organisation, practitioner) = (Resources("Organization")[0], Resources("Practitioner")[0]);
        var folder = Path.GetDirectoryName(FileVariants.Write("Organization.ndjson", organisation.ToJsonString() + "\n"))!;
        File.WriteAllText(Path.Combine(folder, "Practitioner.000.ndjson"), practitioner.ToJsonString() + "\n");
        File.WriteAllText(Path.Combine(folder, "Practitioner.001.ndjson"), Renamed(practitioner).ToJsonString() + "\n");
        var copy = organisation.DeepClone();
        copy["id"] = "org1";
        copy["name"] = "ANOTHER NAME";
        var role = new JsonObject
        {
            ["resourceType"] = "PractitionerRole", ["contained"] = new JsonArray(copy),
            ["practitioner"] = new JsonObject { ["identifier"] = practitioner["identifier"]![0]!.DeepClone() },
            ["organization"] = new JsonObject { ["reference"] = "#org1" },
        };
        File.WriteAllText(Path.Combine(folder, "PractitionerRole.ndjson"), role.ToJsonString() + "\n");

        var batches = FhirImportSource.ForPath(folder).SelectMany(Read).ToList();

        Assert.Equal([(true, organisation["name"]!.GetValue<string>()), (false, "")],
            batches.SelectMany(b => b.Records).Select(r => (r.IsOrganisation, r.OrganisationName)));
        Assert.Equal("Practitioner.identifier", Assert.Single(batches.SelectMany(b => b.Errors)).Column);
        Assert.Equal(1, batches.Sum(b => b.ContainedCopies));
        Assert.Single(batches.SelectMany(b => b.Affiliations));
    }
}
