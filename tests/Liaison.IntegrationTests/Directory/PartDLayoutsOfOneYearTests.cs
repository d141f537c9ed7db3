using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// One data year in both of CMS's Part D layouts: the legacy Prescriber PUF (tab-separated, drug names in upper case) and
/// today's Prescribers by Provider and Drug file (mixed case). A prescriber's drug in a year is one record whichever
/// file gave it, shown as the latest file spells it, and importing either file again adds nothing.
/// </summary>
public abstract class PartDLayoutsOfOneYearTests(TestApp app)
{
    private const string Npi = "1245319599";

    private static string Legacy() => Write("PartD_Prescriber_PUF_NPI_Drug_17.txt", string.Join('\n',
        "npi\tnppes_provider_last_org_name\tnppes_provider_first_name\tnppes_provider_city\tnppes_provider_state\tspecialty_description\t"
        + "description_flag\tdrug_name\tgeneric_name\tbene_count\ttotal_claim_count\ttotal_30_day_fill_count\ttotal_day_supply\ttotal_drug_cost\t"
        + "bene_count_ge65\tbene_count_ge65_suppress_flag\ttotal_claim_count_ge65\tge65_suppress_flag\ttotal_30_day_fill_count_ge65\t"
        + "total_day_supply_ge65\ttotal_drug_cost_ge65",
        $"{Npi}\tSMITH\tANNA\tTAMPA\tFL\tCardiology\tS\tELIQUIS\tAPIXABAN\t98\t412\t1010.5\t30315\t245123.45\t90\t\t380\t\t930.2\t27900\t226000.1",
        $"{Npi}\tSMITH\tANNA\tTAMPA\tFL\tCardiology\tS\tENTRESTO\tSACUBITRIL/VALSARTAN\t\t24\t30\t900\t7000.5\t\t*\t\t*\t\t\t", ""));

    private static string Current() => Write("MUP_DPR_RY21_P04_V10_DY17_NPIBN_1.csv", string.Join('\n', string.Join(',', PartDReader.Columns),
        $"{Npi},Smith,Anna,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,412,1010.5,30315,245123.45,98,,380,930.2,226000.1,27900,,90",
        $"{Npi},Smith,Anna,Tampa,FL,12,Cardiology,S,Entresto,Sacubitril/Valsartan,24,30,900,7000.5,,*,,,,,*,", ""));

    private static string Write(string name, string text)
    {
        var path = Path.Combine(TestTemp.Folder("partd-years-"), name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(path, null, null, default));

    private Task<List<(string Brand, string Generic, int Claims)>> Records() => app.InScope(async sp =>
        (await sp.GetRequiredService<LiaisonDbContext>().PrescribingRecords.Where(r => r.Npi == Npi && r.Year == 2017)
            .OrderBy(r => r.BrandKey).Select(r => new { r.BrandName, r.GenericName, r.TotalClaims }).ToListAsync())
        .Select(r => (r.BrandName, r.GenericName, r.TotalClaims)).ToList());

    [Fact]
    public async Task A_legacy_and_a_current_file_of_one_year_give_one_record_per_drug_shown_as_the_latest_file_spells_it()
    {
        var (legacy, current) = (Legacy(), Current());
        var first = await Import(legacy);
        Assert.Equal((2L, 0L, 0L), (first.Imported, first.Updated, first.Rejected));

        var then = await Import(current);
        Assert.Equal((0L, 2L, 0L, 0L), (then.Imported, then.Updated, then.Unchanged, then.Rejected));
        Assert.Equal([("Eliquis", "Apixaban", 412), ("Entresto", "Sacubitril/Valsartan", 24)], await Records());

        var again = await Import(current);
        Assert.Equal((0L, 0L, 2L, 0L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));

        var legacyAgain = await Import(legacy);
        Assert.Equal((0L, 2L, 0L), (legacyAgain.Imported, legacyAgain.Updated, legacyAgain.Rejected));
        Assert.Equal([("ELIQUIS", "APIXABAN", 412), ("ENTRESTO", "SACUBITRIL/VALSARTAN", 24)], await Records());

        // A search by drug finds the one record in any case.
        var eliquis = await app.InScope(sp => PrescribingQueries.ByNpiAsync(sp.GetRequiredService<LiaisonDbContext>(), Npi, "eliquis", default));
        Assert.Equal(412, Assert.Single(eliquis).Claims);
    }
}

public sealed class PartDLayoutsOfOneYearOnSqlite(SqliteApp app) : PartDLayoutsOfOneYearTests(app), IClassFixture<SqliteApp>;

public sealed class PartDLayoutsOfOneYearOnPostgres(PostgresApp app) : PartDLayoutsOfOneYearTests(app), IClassFixture<PostgresApp>;
