using System.Text;
using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.IntegrationTests.Infrastructure;
using Liaison.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Import;

/// <summary>
/// A damaged file whose value holds a NUL character, which PostgreSQL text cannot hold (22021): in the Part D, Open
/// Payments, PubMed, ClinicalTrials.gov and outcome imports the row or record is reported by its place and the rest
/// imported (the whole import used to stop on PostgreSQL with a stack trace; SQLite stored the NUL).
/// </summary>
public abstract class NulValueImportTests(TestApp app)
{
    private static string Write(string name, string text)
    {
        var path = Path.Combine(TestTemp.Folder("nul-"), name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Article(int pmid, string title) => $"""
        <PubmedArticle><MedlineCitation><PMID Version="1">{pmid}</PMID><Article>
        <Journal><Title>J</Title><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
        <ArticleTitle>{title}</ArticleTitle>
        <AuthorList><Author><LastName>Doe</LastName><ForeName>Jane</ForeName></Author></AuthorList>
        </Article></MedlineCitation></PubmedArticle>
        """;

    private static string Study(int n, string title) =>
        "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0920000" + n + "\", \"briefTitle\": \"" + title
        + "\"}, \"statusModule\": {\"overallStatus\": \"RECRUITING\"}}}";

    [Fact]
    public async Task A_part_d_row_with_a_nul_in_the_drug_name_is_reported_and_the_other_rows_imported()
    {
        var csv = new StringBuilder(string.Join(',', PartDReader.Columns)).Append('\n');
        foreach (var drug in (string[])["Eliquis", "Xar\0elto", "Jardiance"])
            csv.Append($"1003000126,Pilcher,William,Tampa,FL,12,Cardiology,S,{drug},Generic {drug},20,20,600,100,,*,,,,,*,\n");

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>()
            .Handle(Write("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv", csv.ToString()), null, null, default));

        Assert.Equal((2L, 1L, (SourceError?)null), (report.Imported + report.Updated + report.Unchanged, report.Rejected, report.Fatal));
        Assert.Equal(new SourceError(3, "Brnd_Name", NulCharacter.Reason), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task An_open_payments_row_with_a_nul_in_the_payer_is_reported_and_the_other_rows_imported()
    {
        var path = OpenPaymentsCsv.Write("OP_DTL_GNRL_PGYR2023.csv", OpenPaymentsCsv.Payment("8100001"),
            OpenPaymentsCsv.Payment("8100002", ("Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Ac\0me")),
            OpenPaymentsCsv.Payment("8100003"));

        var report = await app.InScope(async sp => (await sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, default)).Report!);

        Assert.Equal((2, 1), (report.Imported + report.Updated + report.AlreadyImported, report.Rejected));
        Assert.Equal(new ImportOpenPayments.RowError(3, "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", NulCharacter.Reason),
            Assert.Single(report.Errors));
    }

    [Fact]
    public async Task A_pubmed_article_with_a_nul_character_reference_is_reported_and_the_other_articles_imported()
    {
        var path = Write("pubmed.xml", $"<PubmedArticleSet>\n{Article(92000001, "First.")}\n{Article(92000002, "Da&#0;maged.")}\n{Article(92000003, "Third.")}\n</PubmedArticleSet>\n");

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

        Assert.Equal((2L, 1L, (SourceError?)null), (report.Imported + report.Updated + report.Unchanged, report.Rejected, report.Fatal));
        Assert.Equal(new SourceError(9, "ArticleTitle", NulCharacter.Reason), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task A_study_with_an_escaped_nul_is_reported_by_its_path_and_the_other_studies_imported()
    {
        var path = Write("studies.json", $"{{\"studies\": [\n{Study(1, "One")},\n{Study(2, "T\\u0000wo")},\n{Study(3, "Three")}\n]}}\n");

        var report = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(path, default));

        Assert.Equal((2L, 1L, (SourceError?)null), (report.Imported + report.Updated + report.Unchanged, report.Rejected, report.Fatal));
        Assert.Equal(new SourceError(3, "studies[1].protocolSection.identificationModule.briefTitle", NulCharacter.Reason), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task An_outcome_row_with_a_nul_in_its_subject_is_reported_and_the_other_rows_imported()
    {
        var path = Write("outcomes.csv", "subject_id,period,events,exposure\n1003000126,2024-01,2,1\n10030\0126,2024-02,1,1\n1003000126,2024-03,0,1\n");

        var result = await app.InScope(sp => sp.GetRequiredService<ImportOutcomes.Handler>()
            .ImportCsvAsync(new ImportOutcomes.Command("nul outcomes", OutcomeKind.General, "csv"), path, null, default));

        var report = result.Value!;
        Assert.Equal((2L, 1L), (report.Rows, report.Rejected));
        Assert.Equal((3L, "subject_id: " + NulCharacter.Reason), (Assert.Single(report.Problems).Line, report.Problems[0].Reason));
    }

    [Fact]
    public async Task A_pubmed_article_with_half_a_surrogate_pair_is_reported_and_the_other_articles_imported()
    {
        var path = Write("pubmed.xml", $"<PubmedArticleSet>\n{Article(93000001, "First.")}\n{Article(93000002, "Da&#xD800;maged.")}\n{Article(93000003, "Third.")}\n</PubmedArticleSet>\n");

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

        Assert.Equal((2L, 1L, (SourceError?)null), (report.Imported + report.Updated + report.Unchanged, report.Rejected, report.Fatal));
        Assert.Equal(new SourceError(9, "ArticleTitle", NulCharacter.HalfSurrogate(0xD800)), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task A_study_with_an_escaped_half_surrogate_pair_is_reported_by_its_path_not_a_crash()
    {
        var path = Write("studies.json", $"{{\"studies\": [\n{Study(4, "T\\uD800wo")},\n{Study(5, "Five")}\n]}}\n");

        var report = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(path, default));

        Assert.Equal((1L, 1L, (SourceError?)null), (report.Imported + report.Updated + report.Unchanged, report.Rejected, report.Fatal));
        Assert.Equal((2L, "studies[0].protocolSection.identificationModule.briefTitle"), (Assert.Single(report.Errors).Line, report.Errors[0].Column));
    }

    [Theory]
    [InlineData("subject_id,region\n1003000126,North\n1003000134,So\0uth\n", 3, "the value holds a NUL character")]
    [InlineData("subject_id,region\n1003000126,North\n1003000134,{long}\n", 3, "longer than the 200")]
    [InlineData("subject_id,{name}\n1003000126,North\n", 1, "longer than the 64")]
    [InlineData("subject_id,region\n1003000126,North\n{subject},South\n", 3, "longer than the 64")]
    public async Task A_covariate_file_with_a_value_its_column_cannot_hold_is_refused_naming_the_line(string text, int line, string reason)
    {
        var outcomes = Write("outcomes.csv", "subject_id,period,events,exposure\n1003000126,2024-01,2,1\n1003000134,2024-01,1,1\n");
        var covariates = Write("covariates.csv", text.Replace("{long}", new string('x', 201), StringComparison.Ordinal)
            .Replace("{name}", new string('n', 65), StringComparison.Ordinal).Replace("{subject}", new string('s', 65), StringComparison.Ordinal));

        var result = await app.InScope(sp => sp.GetRequiredService<ImportOutcomes.Handler>()
            .ImportCsvAsync(new ImportOutcomes.Command("nul covariates", OutcomeKind.General, "csv"), outcomes, covariates, default));

        Assert.False(result.IsSuccess);
        Assert.Contains($"covariates.csv: line {line}:", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
    }
}

public sealed class NulValueImportOnSqlite(SqliteApp app) : NulValueImportTests(app), IClassFixture<SqliteApp>;

public sealed class NulValueImportOnPostgres(PostgresApp app) : NulValueImportTests(app), IClassFixture<PostgresApp>;
