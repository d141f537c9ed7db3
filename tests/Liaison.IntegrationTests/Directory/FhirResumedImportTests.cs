using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A FHIR import killed after a checkpoint and resumed: PractitionerRoles after the checkpoint that point at
/// practitioners and organisations committed before it are resolved from what the run committed, not rejected.
/// </summary>
public abstract class FhirResumedImportTests(TestApp app)
{
    private static readonly string Synthea = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");
    private const string OrgNpi = "1497758544";

    private static List<JsonNode> Resources(string type) =>
        File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Take(2).Select(l => JsonNode.Parse(l)!).ToList();

    private static JsonNode Role(string id, string practitioner, string organisation) => new JsonObject
    {
        ["resourceType"] = "PractitionerRole", ["id"] = id,
        ["practitioner"] = new JsonObject { ["reference"] = practitioner }, ["organization"] = new JsonObject { ["reference"] = organisation },
    };

    /// <summary>
    /// Lines 1-2: organisation o1 (by NPI) and practitioner p1; lines 3-4: organisation o2 (by its Synthea identifier) and
    /// practitioner p2; lines 5-6: a role of p1 at o1 and one of p2 at o2, by relative and absolute references.
    /// </summary>
    private static (string Path, string[] Npis) Write()
    {
        var (organisations, practitioners) = (Resources("Organization"), Resources("Practitioner"));
        organisations[0]["id"] = "o1";
        organisations[0]["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://hl7.org/fhir/sid/us-npi", ["value"] = OrgNpi });
        organisations[1]["id"] = "o2";
        (practitioners[0]["id"], practitioners[1]["id"]) = ("p1", "p2");
        var path = Path.Combine(TestTemp.Folder("fhir-"), "PractitionerRole.resume.ndjson");
        File.WriteAllLines(path, new[]
        {
            organisations[0], practitioners[0], organisations[1], practitioners[1],
            Role("r1", "Practitioner/p1", "Organization/o1"),
            Role("r2", "https://fhir.example.org/r4/Practitioner/p2/_history/1", "Organization/o2"),
        }.Select(r => r.ToJsonString()));
        return (path, practitioners.Select(p => p["identifier"]![0]!["value"]!.GetValue<string>()).ToArray());
    }

    private Task<ImportReport> Import(IImportSource source) => app.Import(source, batchSize: 2);

    [Fact]
    public async Task Roles_after_the_checkpoint_resolve_the_practitioners_and_organisations_committed_before_it()
    {
        var (path, npis) = Write();
        await Assert.ThrowsAsync<IOException>(() => Import(new FailingAfterFirstBatch(new FhirImportSource(path))));
        var run = await app.Db(db => db.DirectoryImportRuns.AsNoTracking().SingleAsync(r => r.FileName == Path.GetFileName(path)));
        Assert.Equal((ImportStatus.Running, 2L), (run.Status, run.CheckpointLine));

        var resumed = await Import(new FhirImportSource(path));

        Assert.True(resumed.Resumed);
        Assert.Empty(resumed.Errors);
        Assert.Equal((6L, 0L), (resumed.Imported, resumed.Rejected));
        var links = await app.Db(db => db.Affiliations.Where(a => a.Source == DirectorySource.Fhir)
            .Select(a => new { a.ExternalId, Npi = db.Hcps.Single(h => h.Id == a.HcpId).Npi, Org = db.Organisations.Single(o => o.Id == a.OrganisationId).Npi })
            .OrderBy(a => a.ExternalId).ToListAsync());
        Assert.Equal([("r1", npis[0], (string?)OrgNpi), ("r2", npis[1], null)], links.Select(l => (l.ExternalId, l.Npi!, l.Org)));
        // What the run committed by reference is kept after it, for later runs' roles: its four practitioners and organisations.
        Assert.Equal(4, await app.Db(db => db.Set<ImportReference>().CountAsync(r => r.RunId == run.Id)));
    }
}

public sealed class FhirResumedImportOnSqlite(SqliteApp app) : FhirResumedImportTests(app), IClassFixture<SqliteApp>;

public sealed class FhirResumedImportOnPostgres(PostgresApp app) : FhirResumedImportTests(app), IClassFixture<PostgresApp>;
