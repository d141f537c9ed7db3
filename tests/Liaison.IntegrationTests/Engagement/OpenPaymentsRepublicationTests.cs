using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// CMS republishes a program year's file with corrected records (Change_Type CHANGED) under the same Record_ID:
/// importing the new publication brings the corrections in, and importing it again changes nothing. A Record_ID given
/// twice in one file is a repeat, not a correction.
/// </summary>
public abstract class OpenPaymentsRepublicationTests(TestApp app)
{
    private static string General(params (string RecordId, string Amount, string Change)[] rows) => OpenPaymentsCsv.Write("OP_DTL_GNRL_PGYR2023.csv",
        [.. rows.Select(r => OpenPaymentsCsv.Payment(r.RecordId, ("Change_Type", r.Change), ("Covered_Recipient_NPI", "1679576722"),
            ("Covered_Recipient_First_Name", "JOHN"), ("Covered_Recipient_Last_Name", "SMITH"),
            ("Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Acme Pharma"), ("Total_Amount_of_Payment_USDollars", r.Amount)))]);

    private Task<ImportOpenPayments.Report> Import(string path) => app.InScope(async sp =>
        (await sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, default)).Report!);

    [Fact]
    public async Task A_corrected_record_of_a_new_publication_is_updated_and_a_second_run_changes_nothing()
    {
        await Import(General(("7100001", "25.10", "NEW"), ("7100002", "40.00", "NEW")));

        var republished = General(("7100001", "125.10", "CHANGED"), ("7100002", "40.00", "UNCHANGED"));
        var report = await Import(republished);
        Assert.Equal((0, 1, 1), (report.Imported, report.Updated, report.AlreadyImported));
        Assert.Equal(125.10m, await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments
            .Where(p => p.RecordId == "7100001").Select(p => p.Amount).SingleAsync()));

        var again = await Import(republished);
        Assert.Equal((0, 0, 2), (again.Imported, again.Updated, again.AlreadyImported));
    }

    [Fact]
    public async Task A_record_given_twice_in_one_file_keeps_its_first_row_in_a_batch_and_across_batches_and_a_second_run_changes_nothing()
    {
        // 2,100 records (the import commits every 2,000), then line 2,103 gives the first record again with another
        // amount, after a repeat within the first batch (line 5 gives the record of line 3 again).
        var rows = Enumerable.Range(0, 2100).Select(i => OpenPaymentsCsv.Payment($"{7200000 + i}", ("Total_Amount_of_Payment_USDollars", "10.00"))).ToList();
        rows.Insert(3, OpenPaymentsCsv.Payment("7200001", ("Total_Amount_of_Payment_USDollars", "99.00")));
        rows.Add(OpenPaymentsCsv.Payment("7200000", ("Total_Amount_of_Payment_USDollars", "500.00")));
        var path = OpenPaymentsCsv.Write("OP_DTL_GNRL_PGYR2023.csv", [.. rows]);

        foreach (var run in new[] { "first", "second" })
        {
            var report = await Import(path);
            Assert.Equal(run == "first" ? (2100, 0, 0, 2) : (0, 0, 2100, 2),
                (report.Imported, report.Updated, report.AlreadyImported, report.Rejected));
            Assert.Equal([(5, "line 3"), (2103, "line 2")], report.Errors.Select(e => (e.Line, e.Reason[e.Reason.IndexOf("line ", StringComparison.Ordinal)..e.Reason.IndexOf(':')])));
            Assert.All(report.Errors, e => Assert.Equal("Record_ID", e.Column));
            var amounts = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments
                .Where(p => p.RecordId == "7200000" || p.RecordId == "7200001").Select(p => p.Amount).ToListAsync());
            Assert.Equal([10.00m, 10.00m], amounts);
        }
    }

    [Fact]
    public async Task A_full_batch_that_both_adds_and_corrects_records_stores_each_as_given_and_a_second_run_changes_nothing()
    {
        // 3,000 records, then a publication of 4,000: its first batch (2,000 ids, all stored) corrects every third record and
        // leaves the rest; its second batch holds 1,000 stored records (a third corrected) and 1,000 new ones.
        string File(int count, Func<int, string> amount) => OpenPaymentsCsv.Write("OP_DTL_GNRL_PGYR2023.csv",
            [.. Enumerable.Range(0, count).Select(i => OpenPaymentsCsv.Payment($"{7300000 + i}", ("Total_Amount_of_Payment_USDollars", amount(i)),
                ("Covered_Recipient_NPI", "1679576722"), ("Recipient_City", "Boston"), ("Form_of_Payment_or_Transfer_of_Value", "Cash or cash equivalent"),
                ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Acmezol")))]);
        var first = await Import(File(3000, _ => "10.00"));
        Assert.Equal((3000, 0, 0, 0), (first.Imported, first.Updated, first.AlreadyImported, first.Rejected));

        var republished = File(4000, i => i < 3000 && i % 3 == 0 ? "20.25" : "10.00");
        var report = await Import(republished);
        Assert.Equal((1000, 1000, 2000, 0), (report.Imported, report.Updated, report.AlreadyImported, report.Rejected));
        var stored = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments.AsNoTracking()
            .Where(p => p.RecordId.StartsWith("73")).ToDictionaryAsync(p => p.RecordId));
        Assert.Equal(4000, stored.Count);
        Assert.Equal([20.25m, 10.00m, 20.25m, 10.00m, 10.00m], new[] { "7300000", "7300001", "7302997", "7302998", "7303999" }.Select(id => stored[id].Amount));
        var added = stored["7303999"];
        Assert.Equal((ExternalPaymentKind.General, 0, 2023, "1679576722", "ALEX", "TESTER", "BOSTON", "MA", "Acme", new DateOnly(2023, 8, 15)),
            (added.Kind, added.Slot, added.ProgramYear, added.Npi, added.FirstName, added.LastName, added.City, added.State, added.PayerName, added.PaidOn));
        Assert.Equal(("Food and Beverage", "Cash or cash equivalent", "Acmezol", (string?)null, 4001), (added.Nature, added.Form, added.ProductName, added.StudyName, added.SourceLine));
        // Every record the publication gives, corrected or not, now comes from its row of the publication.
        Assert.All(stored.Values, p => Assert.Equal(added.SourceFile, p.SourceFile));
        Assert.Equal([2, 3, 2999, 3000], new[] { "7300000", "7300001", "7302997", "7302998" }.Select(id => stored[id].SourceLine));

        var again = await Import(republished);
        Assert.Equal((0, 0, 4000, 0), (again.Imported, again.Updated, again.AlreadyImported, again.Rejected));
    }
}

public sealed class OpenPaymentsRepublicationOnSqlite(SqliteApp app) : OpenPaymentsRepublicationTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsRepublicationOnPostgres(PostgresApp app) : OpenPaymentsRepublicationTests(app), IClassFixture<PostgresApp>;
