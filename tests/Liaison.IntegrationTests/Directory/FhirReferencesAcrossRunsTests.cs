using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A server's bulk export imported one file at a time: the PractitionerRoles of a later run resolve their literal references
/// ("Practitioner/{id}", a RESTful URL) to the practitioners and organisations earlier runs imported; the references are
/// kept one per reference (a re-import replaces, last import wins); an erasure removes the person's.
/// Each test takes its own Synthea practitioners and organisations, so the tests of a class's database do not meet.
/// </summary>
public abstract class FhirReferencesAcrossRunsTests(TestApp app)
{
    private static readonly string Synthea = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");
    private const string Unresolved = "is not among the practitioners of the file, the run or earlier imports";

    private static List<JsonObject> Resources(string type, int skip, int take = 2) =>
        File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Skip(skip).Take(take).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static string Id(JsonObject resource) => resource["id"]!.GetValue<string>();
    private static string Npi(JsonObject practitioner) => practitioner["identifier"]![0]!["value"]!.GetValue<string>();

    private static JsonObject Role(string id, string practitioner, string organisation) => new()
    {
        ["resourceType"] = "PractitionerRole", ["id"] = id,
        ["practitioner"] = new JsonObject { ["reference"] = practitioner }, ["organization"] = new JsonObject { ["reference"] = organisation },
    };

    /// <summary>A file of its own folder, named as a bulk export names it.</summary>
    private static string Write(string name, IEnumerable<JsonObject> resources)
    {
        var path = Path.Combine(TestTemp.Folder("fhir-refs-"), name);
        File.WriteAllLines(path, resources.Select(r => r.ToJsonString()));
        return path;
    }

    private Task<ImportReport> Import(string path) => app.Import(new FhirImportSource(path));

    private Task<List<ImportReference>> References(params string[] references) =>
        app.Db(db => db.Set<ImportReference>().AsNoTracking().Where(r => references.Contains(r.Reference)).OrderBy(r => r.Reference).ToListAsync());

    private Task<List<(string? Role, string? Npi)>> Links(params string[] roles) => app.Db(async db =>
        (await db.Affiliations.Where(a => a.Source == DirectorySource.Fhir && roles.Contains(a.ExternalId!))
            .Select(a => new { a.ExternalId, db.Hcps.Single(h => h.Id == a.HcpId).Npi }).OrderBy(a => a.ExternalId).ToListAsync())
        .Select(a => (a.ExternalId, a.Npi)).ToList());

    [Fact]
    public async Task Roles_imported_in_a_later_run_link_to_the_practitioners_and_organisations_of_earlier_runs()
    {
        var (organisations, practitioners) = (Resources("Organization", 0), Resources("Practitioner", 0));
        Assert.Equal(2, (await Import(Write("Organization.ndjson", organisations))).Imported);
        Assert.Equal(2, (await Import(Write("Practitioner.ndjson", practitioners))).Imported);
        var roles = Write("PractitionerRole.ndjson",
        [
            Role("across-1", $"Practitioner/{Id(practitioners[0])}", $"Organization/{Id(organisations[0])}"),
            Role("across-2", $"https://fhir.example.org/r4/Practitioner/{Id(practitioners[1])}/_history/3", $"Organization/{Id(organisations[1])}"),
        ]);

        var linked = await Import(roles);

        Assert.Empty(linked.Errors);
        Assert.Equal((2L, 0L), (linked.Imported, linked.Rejected));
        Assert.Equal([("across-1", Npi(practitioners[0])), ("across-2", Npi(practitioners[1]))], await Links("across-1", "across-2"));

        var again = await Import(roles);

        Assert.Equal((0L, 0L, 2L, 0L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(2, (await Links("across-1", "across-2")).Count);
    }

    [Fact]
    public async Task A_reimport_replaces_the_references_it_gives_and_the_last_import_wins()
    {
        var practitioners = Resources("Practitioner", 4);
        var keys = practitioners.Select(p => $"Practitioner/{Id(p)}").ToArray();
        var file = Write("Practitioner.ndjson", practitioners);
        await Import(file);
        var first = await References(keys);
        Assert.Equal([Npi(practitioners[0]), Npi(practitioners[1])], first.Select(r => r.Value));

        var second = await Import(file);

        Assert.Equal(2, second.Unchanged);
        var kept = await References(keys);
        Assert.Equal(first.Select(r => (r.Reference, r.Value)), kept.Select(r => (r.Reference, r.Value)));
        Assert.All(kept, r => Assert.Equal(second.RunId, r.RunId));

        // Another export gives another practitioner under the first one's id: the reference now points at it.
        var other = Resources("Practitioner", 6, 1)[0];
        other["id"] = Id(practitioners[0]);
        await Import(Write("Practitioner.ndjson", [other]));
        Assert.Equal([Npi(other), Npi(practitioners[1])], (await References(keys)).Select(r => r.Value));
        var organisation = Resources("Organization", 4, 1)[0];
        await Import(Write("Organization.ndjson", [organisation]));
        await Import(Write("PractitionerRole.ndjson", [Role("last-wins", keys[0], $"Organization/{Id(organisation)}")]));
        Assert.Equal([("last-wins", Npi(other))], await Links("last-wins"));
    }

    [Fact]
    public async Task An_erasure_removes_the_persons_references_and_a_role_pointing_at_them_resolves_nowhere()
    {
        var (organisation, practitioners) = (Resources("Organization", 8, 1)[0], Resources("Practitioner", 8));
        var file = Write("Practitioner.ndjson", [organisation, .. practitioners]);
        await Import(file);
        var (erasedNpi, keptNpi) = (Npi(practitioners[0]), Npi(practitioners[1]));
        var keys = practitioners.Select(p => $"Practitioner/{Id(p)}").ToArray();
        Assert.Equal(2, (await References(keys)).Count);
        var hcp = await app.Db(db => db.Hcps.Where(h => h.Npi == erasedNpi).Select(h => h.Id).SingleAsync());

        var erased = await (await app.ClientFor(Roles.Admin)).PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "Data subject request #31" });

        Assert.True(erased.StatusCode == HttpStatusCode.OK, await erased.Content.ReadAsStringAsync());
        Assert.Equal([keptNpi], (await References(keys)).Select(r => r.Value));
        Assert.False(await app.Db(db => db.Set<ImportReference>().AnyAsync(r => r.Value == erasedNpi)));

        // Imported again, the erased person is skipped and recorded under no reference.
        await Import(file);
        Assert.False(await app.Db(db => db.Set<ImportReference>().AnyAsync(r => r.Value == erasedNpi)));

        var roles = await Import(Write("PractitionerRole.ndjson",
            [Role("erased-1", keys[0], $"Organization/{Id(organisation)}"), Role("erased-2", keys[1], $"Organization/{Id(organisation)}")]));

        Assert.Equal((1L, 1L), (roles.Imported, roles.Rejected));
        var refusal = Assert.Single(roles.Errors);
        Assert.Equal(1L, refusal.Line);
        Assert.Equal($"practitioner {keys[0]} {Unresolved} and the role gives no NPI", refusal.Reason);
        Assert.Equal([("erased-2", keptNpi)], await Links("erased-1", "erased-2"));
    }
}

public sealed class FhirReferencesAcrossRunsOnSqlite(SqliteApp app) : FhirReferencesAcrossRunsTests(app), IClassFixture<SqliteApp>;

public sealed class FhirReferencesAcrossRunsOnPostgres(PostgresApp app) : FhirReferencesAcrossRunsTests(app), IClassFixture<PostgresApp>;
