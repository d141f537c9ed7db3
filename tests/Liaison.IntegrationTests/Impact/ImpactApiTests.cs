using System.Net;
using Liaison.Core.Identity;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Impact;

/// <summary>Initiatives and analyses through the API, on each engine (DuckDB over SQLite rows; PostgreSQL in place).</summary>
public abstract class ImpactApiTests(TestApp app)
{
    private static readonly PanelSpec Spec = new()
        { Subjects = 400, StartMonth = 2025 * 12, Pre = 6, Post = 6, Effect = 0.3, Exposure = (1, 3), TargetOn = TargetingBasis.TrueRate };

    /// <summary>A simulated panel imported as a dataset and an initiative targeting its treated subjects.</summary>
    private async Task<(Guid Id, string Slug, string Folder)> SeededInitiative()
    {
        var slug = $"test-{Guid.NewGuid():N}"[..20];
        var folder = TestTemp.Folder("impact-it-");
        PanelFiles.Write(Spec, new Random(5), folder);
        var id = await app.InScope(async sp =>
        {
            var imported = await sp.GetRequiredService<ImportOutcomes.Handler>().ImportCsvAsync(
                new ImportOutcomes.Command(slug, OutcomeKind.Prescribing, "csv"), Path.Combine(folder, "outcomes.csv"),
                Path.Combine(folder, "covariates.csv"), default);
            var created = await sp.GetRequiredService<SaveInitiative.Handler>().Create(new InitiativeFields
            {
                Slug = slug, Name = "Test initiative", Goal = "Measure the test.", TargetKind = "hcp",
                OutcomeDatasetId = imported.Value!.DatasetId, StartMonth = "2025-01", PreMonths = 6, PostMonths = 6, Design = "did",
            }, default);
            await sp.GetRequiredService<ImportTargets.Handler>().ImportCsvAsync(slug, Path.Combine(folder, "exposures.csv"), default);
            return created.Value!.Id;
        });
        return (id, slug, folder);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.Safety)]
    public async Task Every_role_reads_initiative_results_including_the_viewer(string role)
    {
        var (id, _, _) = await SeededInitiative();
        var client = await app.ClientFor(role);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/initiatives")).StatusCode);
        var analysis = await client.PostAsync($"/api/v1/initiatives/{id}/analysis", null);
        Assert.True(analysis.StatusCode == HttpStatusCode.OK, await analysis.Content.ReadAsStringAsync());
        var body = await Json.Read(analysis);
        foreach (var key in new[] { "effect", "ci_low", "ci_high", "naive_effect", "n_treated", "n_control", "design", "event_study", "balance", "caveats", "initiative" })
            Assert.NotNull(body[key]);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.Compliance)]
    public async Task Only_managers_and_admins_design_initiatives(string role)
    {
        var client = await app.ClientFor(role);
        var response = await client.PostJson("/api/v1/initiatives", new { slug = "not-allowed", name = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_manager_designs_an_initiative_and_bad_fields_are_named()
    {
        var manager = await app.ClientFor(Roles.MslManager);
        var invalid = await manager.PostJson("/api/v1/initiatives", new { slug = "Bad Slug", name = "", startMonth = "2025-13" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await Json.Read(invalid))["errors"]!.AsObject().Select(e => e.Key.ToUpperInvariant()).ToList();
        Assert.Contains("SLUG", errors);
        Assert.Contains("STARTMONTH", errors);

        var (_, _, _) = await SeededInitiative();
        var datasets = (await Json.Read(await manager.GetAsync("/api/v1/outcome-datasets"))).AsArray();
        var created = await manager.PostJson("/api/v1/initiatives", new
        {
            slug = $"mgr-{Guid.NewGuid():N}"[..16], name = "Manager's initiative", goal = "A goal.", targetKind = "hcp",
            outcomeDatasetId = datasets[0]!["id"]!.GetValue<string>(), startMonth = "2025-01", preMonths = 6, postMonths = 6, design = "matched-did",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.ETag);
    }

    [Fact]
    public async Task Workspace_analysis_equals_the_analysis_of_the_same_files()
    {
        var (id, _, folder) = await SeededInitiative();
        var client = await app.ClientFor(Roles.Viewer);
        var body = await Json.Read(await client.PostJson($"/api/v1/initiatives/{id}/analysis", new { design = "did" }));
        var files = await FileAnalysis.RunAsync(Path.Combine(folder, "exposures.csv"), Path.Combine(folder, "outcomes.csv"), null,
            new ImpactOptions(AnalysisWindows.Create("2025-01", 6, 6), ImpactDesign.Did), default);
        Assert.Equal(files.Effect, body["effect"]!.GetValue<double>(), 1e-9);
        Assert.Equal(files.NaiveEffect, body["naive_effect"]!.GetValue<double>(), 1e-9);
        Assert.Equal(files.NTreated, body["n_treated"]!.GetValue<int>());
        Assert.Equal(files.NControl, body["n_control"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("json", "application/json")]
    public async Task Analysis_downloads_as_csv_excel_and_json(string format, string mediaType)
    {
        var (id, _, _) = await SeededInitiative();
        var client = await app.ClientFor(Roles.Viewer);
        var response = await client.GetAsync($"/api/v1/initiatives/{id}/analysis.{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Analysis_of_an_unknown_initiative_is_404_problem()
    {
        var client = await app.ClientFor(Roles.Viewer);
        var response = await client.PostAsync($"/api/v1/initiatives/{Guid.NewGuid()}/analysis", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outcome_import_is_audited_once_with_its_counts()
    {
        var (_, slug, _) = await SeededInitiative();
        var admin = await app.ClientFor(Roles.Admin);
        var audit = await Json.Read(await admin.GetAsync("/api/v1/audit?entity=OutcomeObservation&pageSize=200"));
        Assert.Contains(audit["items"]!.AsArray(), e => e!["newValues"]!.GetValue<string>().Contains(slug, StringComparison.Ordinal));
    }
}

public sealed class ImpactApiOnSqlite(SqliteApp app) : ImpactApiTests(app), IClassFixture<SqliteApp>;

public sealed class ImpactApiOnPostgres(PostgresApp app) : ImpactApiTests(app), IClassFixture<PostgresApp>;
