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
}

public sealed class FhirSearchBundleImportOnSqlite(SqliteApp app) : FhirSearchBundleImportTests(app), IClassFixture<SqliteApp>;

public sealed class FhirSearchBundleImportOnPostgres(PostgresApp app) : FhirSearchBundleImportTests(app), IClassFixture<PostgresApp>;
