using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Import;
using System.Text.Json.Nodes;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Import;

/// <summary>
/// Values longer than the columns that hold them, as real PubMed records have (a consortium's CollectiveName runs
/// to hundreds of characters): kept cut to the column, never a failed import on the engine that enforces lengths.
/// </summary>
public abstract class LongValueImportTests(TestApp app)
{
    [Fact]
    public async Task A_pubmed_article_with_a_very_long_collective_author_and_journal_is_imported()
    {
        var group = string.Join(" and ", Enumerable.Range(1, 30).Select(i => $"Trial Group {i} Investigators"));
        var journal = string.Concat(Enumerable.Repeat("Journal of Very Long Names ", 20));
        var path = Path.Combine(TestTemp.Folder("long-"), "pubmed.xml");
        await File.WriteAllTextAsync(path, $"""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">91000001</PMID><Article>
            <Journal><Title>{journal}</Title><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>A trial.</ArticleTitle>
            <AuthorList><Author><CollectiveName>{group}</CollectiveName></Author>
            <Author><LastName>Doe</LastName><ForeName>{new string('J', 150)}</ForeName><Initials>{new string('J', 30)}</Initials></Author></AuthorList>
            </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """);

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

        Assert.Equal((1L, 0L, (SourceError?)null), (report.Imported, report.Rejected, report.Fatal));
        var names = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().PublicationAuthors
            .OrderBy(a => a.Position).Select(a => a.LastName).ToListAsync());
        Assert.StartsWith("Trial Group 1 Investigators and", names[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_with_a_very_long_lead_sponsor_is_imported()
    {
        var sponsor = string.Concat(Enumerable.Repeat("University Hospital Consortium ", 20));
        var path = Path.Combine(TestTemp.Folder("long-"), "study.json");
        await File.WriteAllTextAsync(path, $$"""
            {"protocolSection": {"identificationModule": {"nctId": "NCT09100001", "briefTitle": "A study"},
             "statusModule": {"overallStatus": "RECRUITING"},
             "sponsorCollaboratorsModule": {"leadSponsor": {"name": "{{sponsor}}", "class": "OTHER"} } } }
            """);

        var report = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(path, default));

        Assert.Equal((1L, 0L, (SourceError?)null), (report.Imported, report.Rejected, report.Fatal));
    }

    [Fact]
    public async Task A_fhir_practitioner_with_very_long_values_is_kept_cut_and_a_country_that_names_none_is_reported()
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt", "Practitioner.000.ndjson")).Take(2)
            .Select(l => JsonNode.Parse(l)!).ToList();
        lines[0]["name"] = new JsonArray(new JsonObject { ["family"] = new string('F', 300), ["given"] = new JsonArray("Jo", new string('M', 150)) });
        lines[0]["address"]![0]!["city"] = new string('C', 150);
        // A country's name is R4's own form ("Canada" is kept as CA: FhirAddressTests); one that names no country is refused.
        lines[1]["address"]![0]!["country"] = "Atlantis";
        var path = Path.Combine(TestTemp.Folder("long-"), "Practitioner.ndjson");
        await File.WriteAllLinesAsync(path, lines.Select(l => l.ToJsonString()));

        var report = await app.InScope(async sp =>
            (await sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new FhirImportSource(path), null, default)).Value!);

        Assert.Equal((1L, 1L), (report.Imported + report.Updated + report.Unchanged, report.Rejected));
        var error = Assert.Single(report.Errors);
        Assert.Equal((2L, "Practitioner.address.country"), (error.Line, error.Column));
    }
}

public sealed class LongValueImportOnSqlite(SqliteApp app) : LongValueImportTests(app), IClassFixture<SqliteApp>;

public sealed class LongValueImportOnPostgres(PostgresApp app) : LongValueImportTests(app), IClassFixture<PostgresApp>;
