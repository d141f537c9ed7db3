using System.Text.Json.Nodes;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A damaged file whose value holds a NUL character, which PostgreSQL text cannot hold: the row or resource is reported,
/// the rest imported (the import used to stop on PostgreSQL with 22021 at the first such value, on every re-run).
/// </summary>
public abstract class NulCharacterImportTests(TestApp app)
{
    private static string Write(string name, string text)
    {
        var path = Path.Combine(TestTemp.Folder("nul-"), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task An_nppes_row_with_a_nul_in_a_name_is_reported_and_the_other_rows_imported()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv"));
        lines[2] = lines[2].Replace("\"PILCHER\"", "\"PIL\0CHER\"", StringComparison.Ordinal);

        var report = await app.Import(new NppesFileSource(Write("npidata_nul.csv", string.Join('\n', lines) + "\n")));

        Assert.Equal(10, report.Imported + report.Updated + report.Unchanged);
        var error = Assert.Single(report.Errors);
        Assert.Equal((3L, "Provider Last Name (Legal Name)"), (error.Line, error.Column));
    }

    [Fact]
    public async Task A_fhir_resource_with_an_escaped_nul_is_reported_and_the_other_resources_imported()
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt", "Practitioner.000.ndjson")).Take(3).ToList();
        var damaged = JsonNode.Parse(lines[1])!;
        damaged["name"]![0]!["family"] = "Hintz\0";
        lines[1] = damaged.ToJsonString();

        var report = await app.Import(new FhirImportSource(Write("Practitioner.nul.ndjson", string.Join('\n', lines) + "\n")));

        Assert.Equal(2, report.Imported + report.Updated + report.Unchanged);
        Assert.Equal((2L, "(resource)"), (Assert.Single(report.Errors).Line, report.Errors[0].Column));
    }
}

public sealed class NulCharacterImportOnSqlite(SqliteApp app) : NulCharacterImportTests(app), IClassFixture<SqliteApp>;

public sealed class NulCharacterImportOnPostgres(PostgresApp app) : NulCharacterImportTests(app), IClassFixture<PostgresApp>;
