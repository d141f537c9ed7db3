using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A FHIR search Bundle as a server answers <c>PractitionerRole?_include=PractitionerRole:practitioner&amp;_include=PractitionerRole:organization</c>:
/// the matched roles first, the included practitioners and organisations after them, addresses as partial as EHRs give them.
/// </summary>
public abstract class FhirSearchBundleImportTests(TestApp app)
{
    private static readonly string Synthea = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");
    private const string OrgNpi = "1023011178";

    private static JsonNode Resource(string type, int index) =>
        JsonNode.Parse(File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Skip(index).First())!;

    private static JsonObject Entry(JsonNode resource, string mode) => new()
    {
        ["fullUrl"] = $"https://fhir.example.org/r4/{resource["resourceType"]}/{resource["id"]}", ["resource"] = resource,
        ["search"] = new JsonObject { ["mode"] = mode },
    };

    private static JsonNode Role(string id, string practitioner) => new JsonObject
    {
        ["resourceType"] = "PractitionerRole", ["id"] = id,
        ["practitioner"] = new JsonObject { ["reference"] = practitioner }, ["organization"] = new JsonObject { ["reference"] = "Organization/o1" },
    };

    [Fact]
    public async Task Roles_before_the_included_resources_are_linked_and_partial_addresses_kept()
    {
        var organisation = Resource("Organization", 5);
        organisation["id"] = "o1";
        organisation["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://hl7.org/fhir/sid/us-npi", ["value"] = OrgNpi });
        var (p1, p2) = (Resource("Practitioner", 5), Resource("Practitioner", 6));
        (p1["id"], p2["id"]) = ("p1", "p2");
        p1["address"] = new JsonArray(new JsonObject { ["text"] = "12 ELM ST, SPRINGFIELD, IL 62701" });
        p2["address"] = new JsonArray(new JsonObject { ["city"] = "Springfield", ["state"] = "IL" });
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle", ["type"] = "searchset",
            ["entry"] = new JsonArray(Entry(Role("r1", "Practitioner/p1"), "match"), Entry(Role("r2", "https://fhir.example.org/r4/Practitioner/p2"), "match"),
                Entry(p1, "include"), Entry(p2, "include"), Entry(organisation, "include")),
        };
        var path = Path.Combine(TestTemp.Folder("fhir-"), "search.json");
        File.WriteAllText(path, bundle.ToJsonString());

        var first = await app.Import(new FhirImportSource(path));
        var again = await app.Import(new FhirImportSource(path));

        Assert.Empty(first.Errors);
        Assert.Equal((5L, 0L), (first.Imported, first.Rejected));
        Assert.Equal((0L, 0L, 5L), (again.Imported, again.Updated, again.Unchanged));
        var npis = new[] { p1, p2 }.Select(p => p["identifier"]![0]!["value"]!.GetValue<string>()).ToArray();
        var linked = await app.Db(db => db.Affiliations.Where(a => a.Source == DirectorySource.Fhir)
            .Select(a => db.Hcps.Single(h => h.Id == a.HcpId).Npi).OrderBy(n => n).ToListAsync());
        Assert.Equal(npis.Order(), linked);
        var addresses = await app.Db(db => db.HcpAddresses.Where(a => db.Hcps.Any(h => h.Id == a.HcpId && npis.Contains(h.Npi)))
            .Select(a => new { a.Line1, a.City, a.State }).OrderBy(a => a.Line1).ToListAsync());
        Assert.Equal([("", "Springfield", (string?)"IL"), ("12 ELM ST, SPRINGFIELD, IL 62701", "", null)], addresses.Select(a => (a.Line1, a.City, a.State)));
    }

    [Fact]
    public async Task A_bundle_inside_a_bundle_or_on_an_ndjson_line_is_reported_on_its_line_naming_its_entries()
    {
        var (p7, p8, p9) = (Resource("Practitioner", 7), Resource("Practitioner", 8), Resource("Practitioner", 9));
        var inner = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["entry"] = new JsonArray(Entry(p8, "match"), Entry(p9, "match")) };
        var outer = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = new JsonArray(Entry(p7.DeepClone(), "match"), new JsonObject { ["resource"] = inner.DeepClone() }) };
        var folder = TestTemp.Folder("fhir-");
        var nested = Path.Combine(folder, "nested.json");
        File.WriteAllText(nested, outer.ToString());
        var lines = Path.Combine(folder, "Practitioner.mixed.ndjson");
        File.WriteAllText(lines, $"{p7.ToJsonString()}\n{inner.ToJsonString()}\n");

        var report = await app.Import(new FhirImportSource(nested));
        Assert.Equal((1L, 1L), (report.Imported + report.Updated + report.Unchanged, report.Rejected));
        var error = Assert.Single(report.Errors);
        Assert.Equal("Bundle.entry[1].resource", error.Column);
        Assert.Equal("a Bundle inside a Bundle: its 2 entries were not read; import it as its own file", error.Reason);
        Assert.True(error.Line > 1, $"line {error.Line}");

        var ndjson = await app.Import(new FhirImportSource(lines));
        Assert.Equal((1L, 1L), (ndjson.Imported + ndjson.Updated + ndjson.Unchanged, ndjson.Rejected));
        Assert.Equal((2L, "(resource)", "a Bundle on an NDJSON line: its 2 entries were not read; import it as its own file"),
            (Assert.Single(ndjson.Errors).Line, ndjson.Errors[0].Column, ndjson.Errors[0].Reason));
    }
}

public sealed class FhirSearchBundleImportOnSqlite(SqliteApp app) : FhirSearchBundleImportTests(app), IClassFixture<SqliteApp>;

public sealed class FhirSearchBundleImportOnPostgres(PostgresApp app) : FhirSearchBundleImportTests(app), IClassFixture<PostgresApp>;
