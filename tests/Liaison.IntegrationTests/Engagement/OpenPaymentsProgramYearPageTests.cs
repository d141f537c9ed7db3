using System.Net;
using System.Net.Http.Headers;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.TestSupport.OpenPaymentsCsv;
using Archives = Liaison.TestSupport.OpenPaymentsArchives;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// CMS's program-year ZIP uploaded on the Open Payments page, on each engine: each payments entry reported by itself (its
/// refused rows by the entry's own lines), the ownership entry skipped and said so, a second upload adding nothing, and a ZIP
/// without a payments entry refused in the request naming what it holds; the removed and deleted records file uploaded alone.
/// </summary>
public abstract class OpenPaymentsProgramYearPageTests(TestApp app)
{
    private static async Task<HttpResponseMessage> Upload(HttpClient pages, byte[] bytes, string name)
    {
        var form = await pages.GetStringAsync("/Engagement/Transfers/OpenPayments");
        var antiforgery = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value;
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return await pages.PostAsync("/Engagement/Transfers/OpenPayments?handler=Import",
            new MultipartFormDataContent { { file, "file", name }, { new StringContent(antiforgery), "__RequestVerificationToken" } });
    }

    /// <summary>The imports' display once none is running.</summary>
    private static async Task<string> Finished(HttpClient pages)
    {
        var progress = "";
        for (var poll = 0; poll < 2400 && (progress == "" || progress.Contains("data-state=\"running\"")); poll++) // a guard, not a threshold
        {
            if (poll > 0) await Task.Delay(50);
            progress = await pages.GetStringAsync("/Engagement/Transfers/OpenPayments?handler=Progress");
        }
        Assert.DoesNotContain("data-state=\"running\"", progress);
        return progress;
    }

    [Fact]
    public async Task The_program_years_zip_is_reported_entry_by_entry_and_a_second_upload_adds_nothing()
    {
        var compliance = await DashboardUsers.SignIn(app, Roles.Compliance);
        var record = Random.Shared.Next(10_000_000, 99_999_999);
        var general = General(Payment($"{record}1"), Payment($"{record}2", ("Total_Amount_of_Payment_USDollars", "lots")), Payment($"{record}3"));
        var zip = Archives.Zip(general, File.ReadAllText(Archives.ResearchSample(RepoPaths.SharedData)));
        var name = $"PGYR2023_{record}.zip";
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(compliance.Pages, zip, name)).StatusCode);
        var first = await Finished(compliance.Pages);
        Assert.Contains($"{name}, a program year's ZIP with 2 payments files, in all:", first);
        Assert.Contains($"<ul aria-label=\"Entries of {name}\">", first);
        Assert.Contains($"<li>{Archives.General} (General): 3 rows; 2 payments imported,", first);
        Assert.Contains($"<li>{Archives.Research} (Research): 300 rows;", first);
        Assert.Contains($"<li>{Archives.Ownership}: skipped, physicians&#x27; ownership and investment interests", first);
        Assert.DoesNotContain(Archives.Readme, first);
        Assert.Contains($"<caption>Refused rows of {Archives.General} in {name}</caption>", first);
        Assert.Contains("<td>3</td><td>Total_Amount_of_Payment_USDollars</td>", first);

        Assert.Equal(HttpStatusCode.Redirect, (await Upload(compliance.Pages, zip, name)).StatusCode);
        var again = await Finished(compliance.Pages);
        Assert.Contains($"<li>{Archives.General} (General): 3 rows; 0 payments imported,\n            0 corrected, 2 already there", again);
    }

    [Fact]
    public async Task A_zip_without_a_general_or_research_file_is_refused_naming_its_entries()
    {
        var compliance = await DashboardUsers.SignIn(app, Roles.Compliance);
        var zip = Archives.Zip((Archives.Ownership, Archives.OwnershipText()), (Archives.Readme, "readme"));
        var response = await Upload(compliance.Pages, zip, "ownership.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"ownership.zip: the ZIP archive holds no Open Payments general or research payments file (OP_DTL_GNRL_&#x2026;.csv, "
            + $"OP_DTL_RSRCH_&#x2026;.csv) or removed and deleted records file (OP_REMOVED_DELETED_&#x2026;.csv): it holds {Archives.Ownership}, "
            + $"{Archives.Readme}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_removed_and_deleted_records_file_is_applied_and_reported_with_its_refused_rows()
    {
        var compliance = await DashboardUsers.SignIn(app, Roles.Compliance);
        var record = Random.Shared.Next(10_000_000, 99_999_999);
        var removals = "Change_Type,Program_Year,Payment_Type,Record_ID\n" + $"DELETED,2023,General Payment,{record}\n" + "MOVED,2023,General Payment,5\n";
        var name = $"OP_REMOVED_DELETED_PGYR2023_{record}.csv";
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(compliance.Pages, System.Text.Encoding.UTF8.GetBytes(removals), name)).StatusCode);
        var done = await Finished(compliance.Pages);
        Assert.Contains($"{name} (removed and deleted records): 2 rows; 0 withdrawn records removed, 1 not held here", done);
        Assert.Contains($"<caption>Refused rows of {name}</caption>", done);
        Assert.Contains("<td>3</td><td>Change_Type</td><td>&#x27;MOVED&#x27; is neither DELETED nor REMOVED</td>", done);
    }
}

public sealed class OpenPaymentsProgramYearPageOnSqlite(SqliteApp app) : OpenPaymentsProgramYearPageTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsProgramYearPageOnPostgres(PostgresApp app) : OpenPaymentsProgramYearPageTests(app), IClassFixture<PostgresApp>;
