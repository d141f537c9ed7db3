using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Archives = Liaison.TestSupport.OpenPaymentsArchives;
using static Liaison.TestSupport.OpenPaymentsCsv;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// CMS's removed and deleted records file on each engine, after the real 2014 research sample: the records it names are deleted
/// with every physician they named, a record not held is counted, a bad row is reported by line and its neighbours applied, a
/// second run removes nothing, and in a program year's ZIP it is applied before the payments entries.
/// </summary>
public abstract class OpenPaymentsRemovedRecordsTests(TestApp app)
{
    private const string Header = "Change_Type,Program_Year,Payment_Type,Record_ID\n";

    /// <summary>Two records of the sample (the second names two physicians), one never imported, an ownership row and a bad one on line 6.</summary>
    private const string Removals = Header + "DELETED,2014,Research Payment,120279521\n" + "REMOVED,2014,Research Payment,155714556\n"
        + "DELETED,2014,General Payment,9990001\n" + "DELETED,2014,Ownership and Investment Interest,9990002\n" + "DELETED,2014,Research Payment,12a\n";

    private Task<int> Held(params string[] records) => app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments
        .CountAsync(p => records.Contains(p.RecordId)));

    private Task<ImportOpenPayments.Report> ImportSample(string scope) => app.InScope(async sp =>
    {
        var path = WriteText($"OP_RSRCH_PGYR2014_{scope}.csv", File.ReadAllText(Archives.ResearchSample(RepoPaths.SharedData)));
        return (await sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, default)).Report!;
    });

    private Task<ImportRemovedRecords.Report> Remove(string path) => app.InScope(async sp =>
        (await sp.GetRequiredService<ImportRemovedRecords.Handler>().Handle(path, null, null, default)).Report!);

    [Fact]
    public async Task The_records_named_are_deleted_with_each_physician_they_named_and_a_second_run_removes_nothing()
    {
        await ImportSample("removals");
        Assert.Equal(3, await Held("120279521", "155714556"));
        var path = WriteText("OP_REMOVED_DELETED_PGYR2014_P01182019.csv", Removals);

        var report = await Remove(path);
        Assert.Equal((5, 2, 1, 1, 1), (report.Rows, report.Removed, report.NotHeld, report.Skipped, report.Rejected));
        Assert.Equal(new ImportOpenPayments.RowError(6, "Record_ID", "'12a' is not an Open Payments record id (a number of up to 40 digits)"),
            Assert.Single(report.Errors));
        Assert.Equal(0, await Held("120279521", "155714556"));
        Assert.Equal(1, await Held("120278745"));

        var again = await Remove(path);
        Assert.Equal((0, 3, 1), (again.Removed, again.NotHeld, again.Rejected));
        var audit = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().Set<AuditEntry>()
            .Where(a => a.Entity == "OpenPaymentsImport" && a.Action == "RemoveWithdrawnRecords").ToListAsync());
        Assert.Equal(2, audit.Count(a => a.EntityKey == "OP_REMOVED_DELETED_PGYR2014_P01182019.csv"));
    }

    [Fact]
    public async Task A_payments_file_is_not_taken_for_a_removals_file()
    {
        var payments = Write("OP_DTL_GNRL_PGYR2023_P01302025.csv", Payment("9990101"));
        var (report, problem) = await app.InScope(sp => sp.GetRequiredService<ImportRemovedRecords.Handler>().Handle(payments, null, null, default));
        Assert.Null(report);
        Assert.Equal($"{payments}: not an Open Payments removed and deleted records file (Change_Type, Program_Year, Payment_Type, Record_ID)", problem);
        Assert.False(ImportRemovedRecords.Holds(payments));
    }

    [Fact]
    public async Task In_a_program_years_zip_the_removals_are_applied_before_the_payments_which_stand()
    {
        // The removals name a record of the ZIP's own general file too: the current publication gives it, so it stands.
        var general = General(Payment("9990201"), Payment("9990202"));
        var removals = Header + "DELETED,2014,Research Payment,120279503\n" + "REMOVED,2023,General Payment,9990202\n";
        await ImportSample("zip");
        var zip = Archives.Write(Archives.Name, Archives.Zip((Archives.General, general),
            ("OP_REMOVED_DELETED_PGYR2023_P01302025_01212025.csv", removals), (Archives.Readme, "readme")));

        var report = await app.InScope(async sp => (await sp.GetRequiredService<ImportProgramYear.Handler>().Handle(zip, null, default)).Report!);
        var applied = Assert.Single(report.Removals);
        Assert.Equal(("OP_REMOVED_DELETED_PGYR2023_P01302025_01212025.csv", 1, 1), (applied.File, applied.Removed, applied.NotHeld));
        Assert.Equal((1, 2, 4), (report.Removed, report.Imported, report.Rows));
        Assert.Equal(0, await Held("120279503"));
        Assert.Equal(2, await Held("9990201", "9990202"));
    }
}

public sealed class OpenPaymentsRemovedRecordsOnSqlite(SqliteApp app) : OpenPaymentsRemovedRecordsTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsRemovedRecordsOnPostgres(PostgresApp app) : OpenPaymentsRemovedRecordsTests(app), IClassFixture<PostgresApp>;
