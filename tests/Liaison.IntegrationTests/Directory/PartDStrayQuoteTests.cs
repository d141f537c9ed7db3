using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// An inch mark in two rows' prescriber type, lines apart: each of those rows is reported, the row between is imported, and
/// no record joins one row's prescriber to another's claims (the quotes between them pair up into a row of the header's width).
/// </summary>
public abstract class PartDStrayQuoteTests(TestApp app)
{
    [Fact]
    public async Task Two_stray_quotes_lines_apart_are_two_reported_rows_never_a_claim_under_another_prescriber()
    {
        var csv = new StringBuilder(string.Join(',', PartDReader.Columns)).Append('\n')
            .Append("1306849450,Smitson,Harold,Athens,TX,48,Family 5\" Practice,S,Eliquis,Apixaban,45,60.5,1800,12345.67,20,,30,40,8000.12,1200,,12\n")
            .Append("1306849450,Smitson,Harold,Athens,TX,48,Family Practice,S,Lipitor,Atorvastatin,30,40,900,345.6,15,*,,,,,*,\n")
            .Append("1932102084,Gressot,Loyd,Houston,TX,48,Internal 3\" Medicine,S,Eliquis,Apixaban,55,70,2100,14000.5,25,,35,45,9000,1500,,14\n");
        var path = Path.Combine(TestTemp.Folder("partd-"), "MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");
        await File.WriteAllTextAsync(path, csv.ToString());

        var report = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(path, null, null, default));

        Assert.Equal((1L, 2L), (report.Imported, report.Rejected));
        Assert.Equal([2L, 4L], report.Errors.Select(e => e.Line).Order());
        var stored = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().PrescribingRecords
            .Where(r => r.Npi == "1306849450" || r.Npi == "1932102084").Select(r => r.Npi + " " + r.BrandName).ToListAsync());
        Assert.Equal(["1306849450 Lipitor"], stored);
    }
}

public sealed class PartDStrayQuoteOnSqlite(SqliteApp app) : PartDStrayQuoteTests(app), IClassFixture<SqliteApp>;

public sealed class PartDStrayQuoteOnPostgres(PostgresApp app) : PartDStrayQuoteTests(app), IClassFixture<PostgresApp>;
