using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// PractitionerRoles written a batch at a time: whatever the batch size (each role alone, a few, all in one), and after a
/// kill and a resume, the outcome is the one of writing them one by one in file order: the same pair given twice is
/// unchanged or takes the later role, a role whose organisation is unknown is rejected by its line between linked
/// neighbours, and only a linked role gives its practitioner a specialty, the first one.
/// </summary>
public abstract class FhirRoleBatchTests(TestApp app)
{
    private const string Nucc = FhirProviderMapper.NuccSystem;
    private static readonly string Synthea = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");

    private static List<JsonNode> Resources(string type) =>
        File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Take(2).Select(l => JsonNode.Parse(l)!).ToList();

    private static string NpiOf(string seven, int n) => $"{seven}{n:D2}" + Npi.CheckDigit($"{seven}{n:D2}");

    private static JsonObject Reference(string reference) => new() { ["reference"] = reference };

    private static JsonObject ByNpi(string npi) => new()
    {
        ["identifier"] = new JsonObject { ["system"] = FhirProviderMapper.NpiSystem, ["value"] = npi },
    };

    private static JsonNode Role(string id, JsonObject practitioner, JsonObject organisation, string code, string? specialty)
    {
        var role = new JsonObject
        {
            ["resourceType"] = "PractitionerRole", ["id"] = id, ["practitioner"] = practitioner, ["organization"] = organisation,
            ["code"] = new JsonArray(new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject
                    { ["system"] = "http://terminology.hl7.org/CodeSystem/practitioner-role", ["code"] = code, ["display"] = code.ToUpperInvariant() }),
            }),
        };
        if (specialty is not null)
            role["specialty"] = new JsonArray(new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = Nucc, ["code"] = specialty }) });
        return role;
    }

    /// <summary>
    /// Lines 1-4: organisations o1 (by NPI) and o2 (identifier "bare-…"), practitioners p1 and p2; lines 5-10 the roles:
    /// r1 p1@o1 doctor (cardiology), r2 the same pair and role again, r3 p2 at an organisation the directory lacks
    /// (oncology), r4 p1@o1 researcher (neurology), r5 p2@o1 doctor (psychiatry), r6 p2@o2 by "Organization/bare-…", a
    /// reference to no resource of the file, which names o2 by its identifier (neurology).
    /// </summary>
    private static (string Path, string[] Npis) Write(string seven)
    {
        var (organisations, practitioners) = (Resources("Organization"), Resources("Practitioner"));
        var npis = new[] { NpiOf(seven, 1), NpiOf(seven, 2), NpiOf(seven, 3), NpiOf(seven, 4) };
        (organisations[0]["id"], organisations[1]["id"]) = ("o1", "o2");
        organisations[0]["identifier"] = new JsonArray(new JsonObject { ["system"] = FhirProviderMapper.NpiSystem, ["value"] = npis[0] });
        organisations[1]["identifier"]![0]!["value"] = $"bare-{seven}";
        for (var i = 0; i < 2; i++)
        {
            practitioners[i]["id"] = $"p{i + 1}";
            practitioners[i]["identifier"]![0]!["value"] = npis[i + 1];
        }
        var path = Path.Combine(TestTemp.Folder("fhir-"), $"PractitionerRole.batches-{seven}.ndjson");
        File.WriteAllLines(path, new[]
        {
            organisations[0], organisations[1], practitioners[0], practitioners[1],
            Role("r1", Reference("Practitioner/p1"), Reference("Organization/o1"), "doctor", "207RC0000X"),
            Role("r2", Reference("Practitioner/p1"), Reference("Organization/o1"), "doctor", null),
            Role("r3", ByNpi(npis[2]), ByNpi(npis[3]), "doctor", "207RX0202X"),
            Role("r4", Reference("Practitioner/p1"), ByNpi(npis[0]), "researcher", "2084N0400X"),
            Role("r5", ByNpi(npis[2]), Reference("Organization/o1"), "doctor", "2084P0800X"),
            Role("r6", Reference("Practitioner/p2"), Reference($"Organization/bare-{seven}"), "doctor", "2084N0400X"),
        }.Select(r => r.ToJsonString()));
        return (path, npis);
    }

    private async Task AssertOutcome(string[] npis, ImportReport first)
    {
        Assert.Equal((7L, 1L, 1L, 1L), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        var error = Assert.Single(first.Errors);
        Assert.Equal((7L, "PractitionerRole", $"organisation {npis[3]} is not in the directory"), (error.Line, error.Column, error.Reason));
        var links = await app.Db(db => db.Affiliations.Where(a => a.Source == DirectorySource.Fhir && db.Hcps.Any(h => h.Id == a.HcpId && npis.Contains(h.Npi)))
            .Select(a => new
            {
                Hcp = db.Hcps.Single(h => h.Id == a.HcpId).Npi, Organisation = db.Organisations.Single(o => o.Id == a.OrganisationId).Name,
                a.RoleCode, a.Role, a.ExternalId,
            }).ToListAsync());
        var (o1, o2) = (Resources("Organization")[0]["name"]!.GetValue<string>(), Resources("Organization")[1]["name"]!.GetValue<string>());
        Assert.Equal([(npis[1], o1, "researcher", "RESEARCHER", "r4"), (npis[2], o1, "doctor", "DOCTOR", "r5"), (npis[2], o2, "doctor", "DOCTOR", "r6")],
            links.Select(l => (l.Hcp!, l.Organisation, l.RoleCode!, l.Role!, l.ExternalId!)).OrderBy(l => l.Item1).ThenBy(l => l.Item5));
        var specialties = await app.Db(db => db.Hcps.Where(h => npis.Contains(h.Npi)).OrderBy(h => h.Npi).Select(h => new
        {
            h.PrimaryTaxonomyCode, Search = db.HcpSearchEntries.Single(e => e.HcpId == h.Id).Specialty,
            Taxonomies = db.HcpTaxonomies.Where(t => t.HcpId == h.Id).Select(t => t.Code + (t.IsPrimary ? "*" : "")).ToList(),
        }).ToListAsync());
        // p1 keeps r1's specialty, not r4's; p2 takes r5's: r3, which names an unknown organisation, gives none.
        Assert.Equal([("207RC0000X", "207RC0000X", "207RC0000X*"), ("2084P0800X", "2084P0800X", "2084P0800X*")],
            specialties.Select(s => (s.PrimaryTaxonomyCode!, s.Search!, string.Join(',', s.Taxonomies))));
    }

    /// <summary>Again: r1 and r4 disagree on the pair's role, so each moves it (ending where it was); nothing else changes.</summary>
    private async Task AssertSecondRun(string path, string[] npis, int batchSize, ImportReport first)
    {
        var again = await app.Import(new FhirImportSource(path), batchSize);
        Assert.Equal((0L, 2L, 7L, 1L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(first.Errors, again.Errors);
        await AssertOutcome(npis, first);
    }

    [Theory]
    [InlineData(1, "1888801")]
    [InlineData(3, "1888802")]
    [InlineData(5000, "1888803")]
    public async Task Roles_in_batches_of_any_size_end_as_if_written_one_by_one_in_file_order(int batchSize, string seven)
    {
        var (path, npis) = Write(seven);
        var first = await app.Import(new FhirImportSource(path), batchSize);
        await AssertOutcome(npis, first);
        await AssertSecondRun(path, npis, batchSize, first);
    }

    [Fact]
    public async Task A_run_killed_after_its_first_batch_resolves_its_roles_from_what_it_committed_and_ends_the_same()
    {
        var (path, npis) = Write("1888804");
        await Assert.ThrowsAsync<IOException>(() => app.Import(new FailingAfterFirstBatch(new FhirImportSource(path)), batchSize: 3));

        var resumed = await app.Import(new FhirImportSource(path), batchSize: 3);

        Assert.True(resumed.Resumed);
        await AssertOutcome(npis, resumed);
        await AssertSecondRun(path, npis, 3, resumed);
    }
}

public sealed class FhirRoleBatchOnSqlite(SqliteApp app) : FhirRoleBatchTests(app), IClassFixture<SqliteApp>;

public sealed class FhirRoleBatchOnPostgres(PostgresApp app) : FhirRoleBatchTests(app), IClassFixture<PostgresApp>;
