using System.Text.Json.Nodes;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A FHIR file that gives a practitioner or an organisation more than once (a corrected copy further down, a copy
/// pasted twice): the first resource stands, each later one is reported by its place, in a batch and across batches,
/// and importing the file again, or resuming it after a kill, ends in the same state and changes nothing.
/// </summary>
public abstract class FhirRepeatedProviderImportTests(TestApp app)
{
    private static readonly string Synthea = Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt");

    private static List<JsonNode> Resources(string type) =>
        File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Take(3).Select(l => JsonNode.Parse(l)!).ToList();

    private static string NpiOf(string seven, int n) => $"{seven}{n:D2}" + Npi.CheckDigit($"{seven}{n:D2}");

    private static JsonNode Renamed(JsonNode resource, string suffix)
    {
        var copy = resource.DeepClone();
        if (copy["resourceType"]!.GetValue<string>() == "Organization") copy["name"] = copy["name"]!.GetValue<string>() + suffix;
        else copy["name"]![0]!["family"] = copy["name"]![0]!["family"]!.GetValue<string>() + suffix;
        return copy;
    }

    /// <summary>
    /// Lines 1-4: organisation o1 (by NPI), practitioners p1 and p2, organisation o2 (by its Synthea identifier); lines
    /// 5-8 repeat p1 renamed, o1 renamed, o2 renamed and p2 as it was; line 9 is practitioner p3 and line 10 repeats it
    /// renamed. In batches of two: [1-2] [3-4] [5-6] [7-8] [9-10], repeats across batches and within one.
    /// </summary>
    private static (string Path, string[] Npis, string OrganisationId) Write(string seven)
    {
        var (organisations, practitioners) = (Resources("Organization"), Resources("Practitioner"));
        var npis = new[] { NpiOf(seven, 1), NpiOf(seven, 2), NpiOf(seven, 3), NpiOf(seven, 4) };
        for (var i = 0; i < 3; i++) practitioners[i]["identifier"]![0]!["value"] = npis[i];
        organisations[0]["identifier"] = new JsonArray(new JsonObject { ["system"] = FhirProviderMapper.NpiSystem, ["value"] = npis[3] });
        var organisationId = $"repeats-{seven}";
        organisations[1]["identifier"]![0]!["value"] = organisationId;
        var (o1, o2, p1, p2, p3) = (organisations[0], organisations[1], practitioners[0], practitioners[1], practitioners[2]);
        var path = Path.Combine(TestTemp.Folder("fhir-"), $"Practitioner.repeats-{seven}.ndjson");
        File.WriteAllLines(path, new[]
        {
            o1, p1, p2, o2, Renamed(p1, "-Later"), Renamed(o1, " LATER"), Renamed(o2, " LATER"), p2, p3, Renamed(p3, "-Later"),
        }.Select(r => r.ToJsonString()));
        return (path, npis, organisationId);
    }

    private Task<ImportReport> Import(IImportSource source) => app.Import(source, batchSize: 2);

    private async Task AssertFirstResourcesStand((string Path, string[] Npis, string OrganisationId) file, ImportReport report)
    {
        Assert.Equal((0L, 5L), (report.Updated, report.Rejected));
        Assert.Equal(5, report.Imported + report.Unchanged);
        Assert.Equal([(5L, "Practitioner.identifier"), (6, "Organization.identifier"), (7, "Organization.identifier"), (8, "Practitioner.identifier"),
            (10, "Practitioner.identifier")], report.Errors.Select(e => (e.Line, e.Column)));
        Assert.All(report.Errors, e => Assert.Contains("is given by an earlier resource of this import", e.Reason, StringComparison.Ordinal));
        Assert.Contains($"NPI {file.Npis[0]}", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains(file.OrganisationId, report.Errors[2].Reason, StringComparison.Ordinal);

        var names = await app.Db(db => db.Hcps.Where(h => h.Npi != null && file.Npis.Contains(h.Npi)).Select(h => h.LastName).ToListAsync());
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain(names, n => n.EndsWith("-Later", StringComparison.Ordinal));
        var organisations = await app.Db(db => db.Organisations
            .Where(o => o.Npi == file.Npis[3] || o.ExternalId == file.OrganisationId).Select(o => o.Name).ToListAsync());
        Assert.Equal(2, organisations.Count);
        Assert.DoesNotContain(organisations, n => n.EndsWith(" LATER", StringComparison.Ordinal));
    }

    /// <summary>A run that changes nothing writes one audit entry: its own, with its counts.</summary>
    private async Task<ImportReport> ImportChangingNothing(string path)
    {
        var before = await app.Db(db => db.AuditEntries.CountAsync());
        var report = await Import(new FhirImportSource(path));
        Assert.Equal((0L, 0L, 5L), (report.Imported, report.Updated, report.Unchanged));
        Assert.Equal(before + 1, await app.Db(db => db.AuditEntries.CountAsync()));
        Assert.Equal(1, await app.Db(db => db.AuditEntries.CountAsync(e => e.Entity == "DirectoryImport" && e.EntityKey == report.RunId.ToString())));
        return report;
    }

    [Fact]
    public async Task The_first_resource_of_a_provider_stands_in_a_batch_and_across_batches_and_a_second_run_changes_nothing()
    {
        var file = Write("1777701");
        var first = await Import(new FhirImportSource(file.Path));
        Assert.Equal(5, first.Imported);
        await AssertFirstResourcesStand(file, first);

        var again = await ImportChangingNothing(file.Path);
        await AssertFirstResourcesStand(file, again);
        Assert.Equal(first.Errors, again.Errors);
    }

    [Fact]
    public async Task A_run_killed_after_its_first_batch_and_resumed_still_keeps_the_first_resources_given_before_the_checkpoint()
    {
        var file = Write("1777702");
        await Assert.ThrowsAsync<IOException>(() => Import(new FailingAfterFirstBatch(new FhirImportSource(file.Path))));
        Assert.Equal(2, await app.Db(db => db.DirectoryImportRuns.Where(r => r.FileName == Path.GetFileName(file.Path) && r.Status == ImportStatus.Running)
            .Select(r => r.CheckpointLine).SingleAsync()));

        var resumed = await Import(new FhirImportSource(file.Path));
        Assert.True(resumed.Resumed);
        await AssertFirstResourcesStand(file, resumed); // lines 5 and 6 repeat lines 2 and 1, read before the checkpoint

        await AssertFirstResourcesStand(file, await ImportChangingNothing(file.Path));
    }

    private static JsonNode RoleContaining(string id, string practitioner, JsonNode organisation)
    {
        var contained = organisation.DeepClone();
        contained["id"] = "org1"; // local to its role: every role may use the same id
        return new JsonObject
        {
            ["resourceType"] = "PractitionerRole", ["id"] = id, ["contained"] = new JsonArray(contained),
            ["practitioner"] = new JsonObject { ["reference"] = practitioner }, ["organization"] = new JsonObject { ["reference"] = "#org1" },
        };
    }

    /// <summary>Batches of two put the copies in batches of their own; one batch holds all three under one local id.</summary>
    [Theory]
    [InlineData(2, "1777703")]
    [InlineData(5000, "1777704")]
    public async Task An_organisation_each_role_contains_is_imported_once_from_its_first_copy_and_a_second_run_changes_nothing(int batchSize, string seven)
    {
        var (organisations, practitioners) = (Resources("Organization"), Resources("Practitioner"));
        practitioners[0]["identifier"]![0]!["value"] = NpiOf(seven, 1);
        practitioners[0]["id"] = "p1";
        (organisations[0]["identifier"]![0]!["value"], organisations[1]["identifier"]![0]!["value"]) = ($"contained-{seven}-a", $"contained-{seven}-b");
        // Two copies of organisation a (the later renamed) and, between them, organisation b under the same local id.
        var path = Path.Combine(TestTemp.Folder("fhir-"), $"PractitionerRole.contained-{seven}.ndjson");
        File.WriteAllLines(path, new[]
        {
            practitioners[0], RoleContaining("r1", "Practitioner/p1", organisations[0]), RoleContaining("r2", "Practitioner/p1", organisations[1]),
            RoleContaining("r3", "Practitioner/p1", Renamed(organisations[0], " LATER")),
        }.Select(r => r.ToJsonString()));

        var first = await app.Import(new FhirImportSource(path), batchSize);
        Assert.Empty(first.Errors);
        // Unchanged: the later copy of a, and r3's link of p1 to a, which r1 made.
        Assert.Equal((0L, 2L), (first.Updated, first.Unchanged));
        var names = await app.Db(db => db.Organisations.Where(o => o.ExternalId!.StartsWith($"contained-{seven}-")).OrderBy(o => o.ExternalId)
            .Select(o => o.Name).ToListAsync());
        Assert.Equal([organisations[0]["name"]!.GetValue<string>(), organisations[1]["name"]!.GetValue<string>()], names);

        var again = await app.Import(new FhirImportSource(path), batchSize);
        Assert.Equal((0L, 0L, first.Imported + first.Unchanged), (again.Imported, again.Updated, again.Unchanged));
    }
}

public sealed class FhirRepeatedProviderImportOnSqlite(SqliteApp app) : FhirRepeatedProviderImportTests(app), IClassFixture<SqliteApp>;

public sealed class FhirRepeatedProviderImportOnPostgres(PostgresApp app) : FhirRepeatedProviderImportTests(app), IClassFixture<PostgresApp>;
