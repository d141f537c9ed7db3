using Liaison.Core.Data;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Impact;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Impact;

/// <summary>A drug's Part D prescribing already in the workspace becomes an outcome dataset, on each engine.</summary>
public abstract class PartDOutcomesTests(TestApp app)
{
    private static string PartDFile => Path.Combine(RepoPaths.Root, "tests", "TestData", "kol", "MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");

    [Fact]
    public async Task Yearly_claims_become_monthly_rows_per_prescriber_with_state_and_type_as_covariates()
    {
        // The sample file as 2022, and again as 2023 with Pilcher's Eliquis claims raised from 412 to 600.
        var next = Path.Combine(TestTemp.Folder("partd-it-"), "partd-2023.csv");
        await File.WriteAllLinesAsync(next, (await File.ReadAllLinesAsync(PartDFile))
            .Select(l => l.StartsWith("1588667638,Pilcher", StringComparison.Ordinal) ? l.Replace(",Apixaban,412,", ",Apixaban,600,") : l));
        var dataset = $"partd-{Guid.NewGuid():N}"[..20];
        var (report, rows, covariates) = await app.InScope(async sp =>
        {
            await sp.GetRequiredService<ImportPartD.Handler>().Handle(PartDFile, 2022, null, default);
            await sp.GetRequiredService<ImportPartD.Handler>().Handle(next, 2023, null, default);
            var imported = await sp.GetRequiredService<PartDOutcomes.Handler>().Handle(new PartDOutcomes.Command(dataset, "ELIQUIS"), default);
            Assert.True(imported.IsSuccess, imported.Error?.Message);
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var id = imported.Value!.DatasetId;
            return (imported.Value, await db.OutcomeObservations.Where(o => o.DatasetId == id).ToListAsync(),
                await db.SubjectCovariates.Where(c => c.DatasetId == id).ToListAsync());
        });

        Assert.Equal((1, 24L), (report.Subjects, report.Rows)); // the file's other Eliquis row has an invalid NPI and is rejected
        var pilcher = rows.Where(r => r.SubjectId == "1588667638").ToList();
        Assert.Equal(412, pilcher.Where(r => r.Month / 12 == 2022).Sum(r => r.Events));
        Assert.Equal(600, pilcher.Where(r => r.Month / 12 == 2023).Sum(r => r.Events));
        Assert.Equal(Enumerable.Range(2022 * 12, 24), pilcher.Select(r => r.Month).Order());
        Assert.All(rows, r => Assert.Equal(1, r.Exposure));
        Assert.Contains(covariates, c => c is { SubjectId: "1588667638", Name: "state", Value: "FL" });
        Assert.Contains(covariates, c => c is { SubjectId: "1588667638", Name: "prescriber_type", Value: "Cardiology" });
        var kind = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().OutcomeDatasets
            .Where(d => d.Name == dataset).Select(d => new { d.Kind, d.Source }).SingleAsync());
        Assert.Equal(("prescribing", "part-d"), (kind.Kind, kind.Source));
    }

    [Fact]
    public async Task A_drug_without_imported_prescribing_is_refused_naming_it()
    {
        var result = await app.InScope(sp => sp.GetRequiredService<PartDOutcomes.Handler>().Handle(new PartDOutcomes.Command("none-such", "Nonexistumab"), default));
        Assert.False(result.IsSuccess);
        Assert.Contains("no Part D prescribing of 'Nonexistumab'", result.Error!.Message);
    }
}

public sealed class PartDOutcomesOnSqlite(SqliteApp app) : PartDOutcomesTests(app), IClassFixture<SqliteApp>;

public sealed class PartDOutcomesOnPostgres(PostgresApp app) : PartDOutcomesTests(app), IClassFixture<PostgresApp>;
