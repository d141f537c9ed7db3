using System.Text;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Import;

/// <summary>
/// Part D amounts given past the cent (a cost of 123.456, fills of 20.005): the columns hold cents, so both engines keep
/// the value rounded to the cent, half away from zero. PostgreSQL rounded it so and SQLite kept every digit, so the
/// same file left two workspaces with different figures.
/// </summary>
public abstract class CentsImportTests(TestApp app)
{
    [Fact]
    public async Task A_part_d_cost_and_fills_past_the_cent_are_kept_rounded_to_the_cent()
    {
        var csv = new StringBuilder(string.Join(',', PartDReader.Columns)).Append('\n')
            .Append("1003000126,Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,40,20.005,600,123.456,,,30,0.125,99.994,500,*,\n");
        var path = Path.Combine(TestTemp.Folder("cents-"), "MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");
        await File.WriteAllTextAsync(path, csv.ToString());

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(path, null, null, default));

        Assert.Equal((1L, 0L), (report.Imported, report.Rejected));
        var stored = await app.Db(db => db.PrescribingRecords.Where(r => r.Npi == "1003000126")
            .Select(r => new { r.Total30DayFills, r.TotalDrugCost, r.Ge65Total30DayFills, r.Ge65TotalDrugCost }).SingleAsync());
        Assert.Equal((20.01m, 123.46m, 0.13m, 99.99m), (stored.Total30DayFills, stored.TotalDrugCost, stored.Ge65Total30DayFills, stored.Ge65TotalDrugCost));
    }
}

public sealed class CentsImportOnSqlite(SqliteApp app) : CentsImportTests(app), IClassFixture<SqliteApp>;

public sealed class CentsImportOnPostgres(PostgresApp app) : CentsImportTests(app), IClassFixture<PostgresApp>;
