using System.Text.Json.Nodes;
using Liaison.Core.Common;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Search;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A FHIR Practitioner named by its family name alone (HumanName.given is optional in R4): imported with an empty
/// first name, found by search under its family name (it was rejected as 'a practitioner needs a given name').
/// </summary>
public abstract class FhirFamilyNameOnlyTests(TestApp app)
{
    [Fact]
    public async Task A_practitioner_with_a_family_name_and_no_given_name_is_imported_and_found_by_its_name()
    {
        var practitioner = JsonNode.Parse(File.ReadLines(Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt", "Practitioner.000.ndjson")).First())!;
        practitioner["name"] = new JsonArray(new JsonObject { ["family"] = "Zwanzigerova" });
        var npi = practitioner["identifier"]![0]!["value"]!.GetValue<string>();
        var path = Path.Combine(TestTemp.Folder("family-"), "Practitioner.ndjson");
        await File.WriteAllTextAsync(path, practitioner.ToJsonString() + "\n");

        var report = await app.Import(new FhirImportSource(path));

        Assert.Equal((1L, 0L), (report.Imported + report.Updated + report.Unchanged, report.Rejected));
        var hit = (await app.InScope(sp => sp.GetRequiredService<SearchHcps.Handler>()
            .Handle(new SearchHcps.Query("Zwanzigerova"), new PageRequest(), default))).Value!.Items.Single();
        Assert.Equal((npi, "Zwanzigerova"), (hit.Npi, hit.Name));
    }
}

public sealed class FhirFamilyNameOnlyOnSqlite(SqliteApp app) : FhirFamilyNameOnlyTests(app), IClassFixture<SqliteApp>;

public sealed class FhirFamilyNameOnlyOnPostgres(PostgresApp app) : FhirFamilyNameOnlyTests(app), IClassFixture<PostgresApp>;
