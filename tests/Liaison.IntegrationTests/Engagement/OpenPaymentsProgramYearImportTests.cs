using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Liaison.TestSupport.OpenPaymentsCsv;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Open Payments files of every program year's layout, general and research, import whole on each engine, values as long
/// as CMS allows stored as given (a study name of any length, a product name of 500 characters some of which .NET holds in
/// two chars), and a second run of each adds nothing.
/// </summary>
public abstract class OpenPaymentsProgramYearImportTests(TestApp app)
{
    private static readonly string Study =
        string.Concat(Enumerable.Repeat("An open-label extension study of ACMEDRUG in adults with atrial fibrillation. ", 25)).TrimEnd();

    private static readonly string Product = Characters(490, "Z") + Characters(10, "\U0001D53E");

    private Task<ImportOpenPayments.Report> Import(string path) => app.InScope(async sp =>
        (await sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, default)).Report!);

    /// <summary>Each program year's file: its name and one row, to a physician or (today's research) a principal investigator.</summary>
    private static IEnumerable<(string File, string Text)> Files()
    {
        yield return ("OP_DTL_GNRL_PGYR2013_P06302014.csv", Layout(OpenPaymentsProgramYears.General2013,
            PhysicianPayment(2013, ("General_Transaction_ID", "8813001"), ("Name_of_Associated_Covered_Drug_or_Biological1", "ELIQUIS"))));
        yield return ("OP_DTL_GNRL_PGYR2014_P06302015.csv", Layout(OpenPaymentsProgramYears.General2014,
            PhysicianPayment(2014, ("Record_ID", "8814001"), ("Name_of_Associated_Covered_Drug_or_Biological1", "ELIQUIS"))));
        yield return ("OP_DTL_GNRL_PGYR2019_P01172025.csv", Layout(OpenPaymentsProgramYears.General2016,
            PhysicianPayment(2019, ("Record_ID", "8819001"), ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Eliquis"))));
        yield return ("OP_DTL_RSRCH_PGYR2013_P06302014.csv", Layout(OpenPaymentsProgramYears.Research2013,
            PhysicianPayment(2013, ("Research_Transaction_ID", "8813401"), ("Name_of_Associated_Drug_or_Biological1", "XARELTO"),
                ("Name_of_Study", "ROCKET AF"))));
        yield return ("OP_DTL_GNRL_PGYR2023_P06282024.csv", General(Payment("8823001", ("Covered_Recipient_NPI", "1679576722"),
            ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", Product))));
        yield return ("OP_DTL_RSRCH_PGYR2023_P06282024.csv", Layout(OpenPaymentsProgramYears.Research, new Dictionary<string, string>
        {
            ["Change_Type"] = "NEW", ["Covered_Recipient_Type"] = "Covered Recipient Teaching Hospital",
            ["Principal_Investigator_1_Profile_ID"] = "222", ["Principal_Investigator_1_NPI"] = "1588667638",
            ["Principal_Investigator_1_First_Name"] = "WILLIAM", ["Principal_Investigator_1_Last_Name"] = "PILCHER",
            ["Principal_Investigator_1_State"] = "FL", ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme Pharma",
            ["Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1"] = Product, ["Total_Amount_of_Payment_USDollars"] = "25000",
            ["Date_of_Payment"] = "03/01/2023", ["Name_of_Study"] = Study, ["Record_ID"] = "8823401", ["Program_Year"] = "2023",
        }));
    }

    [Fact]
    public async Task A_file_of_every_program_years_layout_imports_whole_and_a_second_run_adds_nothing()
    {
        var paths = Files().Select(f => WriteText(f.File, f.Text)).ToList();
        foreach (var path in paths)
        {
            var report = await Import(path);
            Assert.True((report.Imported, report.Rejected) == (1, 0), $"{Path.GetFileName(path)}: {string.Join("; ", report.Errors)}");
        }
        foreach (var path in paths)
        {
            var again = await Import(path);
            Assert.Equal((0, 0, 1, 0), (again.Imported, again.Updated, again.AlreadyImported, again.Rejected));
        }

        string[] records = ["8813001", "8813401", "8814001", "8819001", "8823001", "8823401"];
        var stored = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments.Where(p => records.Contains(p.RecordId))
            .Select(p => new { p.RecordId, p.Kind, p.ProfileId, p.Npi, p.ProductName, p.StudyName }).ToListAsync());
        Assert.Equal(records, stored.Select(p => p.RecordId).Order());
        var research = stored.Single(p => p.RecordId == "8823401");
        Assert.Equal((ExternalPaymentKind.Research, "1588667638", Product, Study), (research.Kind, research.Npi, research.ProductName, research.StudyName));
        Assert.Equal(Product, stored.Single(p => p.RecordId == "8823001").ProductName);
        Assert.Equal(("27216", "XARELTO", "ROCKET AF"), stored.Where(p => p.RecordId == "8813401").Select(p => (p.ProfileId, p.ProductName, p.StudyName)).Single());
    }
}

public sealed class OpenPaymentsProgramYearImportOnSqlite(SqliteApp app) : OpenPaymentsProgramYearImportTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsProgramYearImportOnPostgres(PostgresApp app) : OpenPaymentsProgramYearImportTests(app), IClassFixture<PostgresApp>;
