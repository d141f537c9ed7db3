using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Liaison.Core.Engagement.Transfers;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

public abstract class TransfersApiTests(TestApp app)
{
    private object Meal(Guid hcp, decimal amount) => new
    {
        hcpId = hcp, amount, paidOn = DateOnly.FromDateTime(Yesterday(app)), nature = "FoodAndBeverage", form = "InKindItemsAndServices",
        context = "Dinner, with a comma",
    };

    [Fact]
    public async Task Recording_a_transfer_warns_when_the_hcp_nears_and_then_passes_an_annual_cap()
    {
        var compliance = await app.ClientFor(Roles.Compliance);
        Assert.Equal(HttpStatusCode.OK, (await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", null,
            new { nature = "FoodAndBeverage", annualLimit = 100m, warnAtPercent = 80 })).StatusCode);
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (first, _) = await Created(await msl.PostJson("/api/v1/transfers-of-value", Meal(hcp, 50m)));
        Assert.Empty(first["warnings"]!.AsArray());
        var (near, _) = await Created(await msl.PostJson("/api/v1/transfers-of-value", Meal(hcp, 35m)));
        Assert.Equal("Near", near["warnings"]![0]!["level"]!.GetValue<string>());
        var (over, _) = await Created(await msl.PostJson("/api/v1/transfers-of-value", Meal(hcp, 20m)));
        Assert.Equal("Exceeded", over["warnings"]![0]!["level"]!.GetValue<string>());
        Assert.Contains("Over the annual cap", over["warnings"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Food and Beverage", over["transfer"]!["natureName"]!.GetValue<string>());
        var totals = (await Json.Read(await msl.GetAsync($"/api/v1/transfers-of-value/totals?year={Yesterday(app).Year}"))).AsArray();
        Assert.Contains(totals, t => t!["hcpId"]!.GetValue<string>() == hcp.ToString() && t["total"]!.GetValue<decimal>() == 105m);
    }

    [Fact]
    public async Task The_open_payments_export_has_the_cms_layout_and_formats_from_the_api_and_the_cli()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, npi) = await Hcp(app, "Exportson", "MD");
        await Created(await msl.PostJson("/api/v1/transfers-of-value", Meal(hcp, 42.5m)));
        var year = Yesterday(app).Year;
        Assert.Equal(HttpStatusCode.Forbidden, (await msl.GetAsync($"/api/v1/transfers-of-value/open-payments?year={year}")).StatusCode);
        var compliance = await app.ClientFor(Roles.Compliance);
        var csv = await (await compliance.GetAsync($"/api/v1/transfers-of-value/open-payments?year={year}")).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join(',', OpenPaymentsLayout.GeneralPayments), lines[0]);
        var row = lines.Single(l => l.Contains(npi));
        Assert.Contains("Covered Recipient Physician", row);
        Assert.Contains(",42.50,", row);
        Assert.Contains($",{Yesterday(app):MM/dd/yyyy},", row);
        Assert.Contains(",Food and Beverage,", row);
        Assert.Contains("\"Dinner, with a comma\"", row);
        Assert.Contains(",Medical Doctor,", row);
        Assert.Contains(",02115-1234,", row);

        var file = Path.Combine(Path.GetTempPath(), $"op-{Guid.NewGuid():N}.csv");
        var run = await Infrastructure.Cli.Liaison(app.Database, "export", "openpayments", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(lines[0], File.ReadLines(file).First());
        Assert.Contains(File.ReadLines(file), l => l.Contains(npi));
        File.Delete(file);
    }

    [Fact]
    public async Task The_open_payments_export_gives_each_recipient_the_nucc_specialty_of_their_taxonomy()
    {
        // No credentials to go by: the primary type comes from the taxonomy's grouping, the specialty from the code set.
        var (hcp, npi) = await Hcp(app, "Specialtyson", credentials: "");
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.LiaisonDbContext>();
            db.HcpTaxonomies.Add(new Core.Directory.HcpTaxonomy { Id = Guid.CreateVersion7(), HcpId = hcp, Code = "207RC0000X", IsPrimary = true, Ordinal = 1 });
            return await db.SaveChangesAsync();
        });
        var msl = await app.ClientFor(Roles.Msl);
        await Created(await msl.PostJson("/api/v1/transfers-of-value", Meal(hcp, 12m)));
        var compliance = await app.ClientFor(Roles.Compliance);
        var csv = await (await compliance.GetAsync($"/api/v1/transfers-of-value/open-payments?year={Yesterday(app).Year}")).Content.ReadAsStringAsync();
        var row = csv.Split('\n').Single(l => l.Contains(npi, StringComparison.Ordinal));
        Assert.Contains(",Medical Doctor,", row, StringComparison.Ordinal);
        Assert.Contains(",Allopathic & Osteopathic Physicians|Internal Medicine|Cardiovascular Disease,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_2014_research_sample_keeps_good_rows_and_is_idempotent()
    {
        var compliance = await app.ClientFor(Roles.Compliance);
        var sample = Path.Combine(RepoPaths.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv");
        var report = await Imported(compliance, await File.ReadAllBytesAsync(sample), "research.csv");
        Assert.Equal("Research", report["kind"]!.GetValue<string>());
        Assert.Equal(300, report["rows"]!.GetValue<int>());
        Assert.True(report["imported"]!.GetValue<int>() >= 250, report.ToJsonString());
        Assert.Equal(0, report["rejected"]!.GetValue<int>());
        var again = await Imported(compliance, await File.ReadAllBytesAsync(sample), "research.csv");
        Assert.Equal(0, again["imported"]!.GetValue<int>());
        Assert.Equal(report["imported"]!.GetValue<int>(), again["alreadyImported"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_general_payments_file_links_to_directory_hcps_by_npi_and_reports_bad_rows_by_line_and_column()
    {
        var (hcp, npi) = await Hcp(app);
        var file = GeneralFile(npi);
        var compliance = await app.ClientFor(Roles.Compliance);
        var report = await Imported(compliance, System.Text.Encoding.UTF8.GetBytes(file), "general.csv");
        Assert.Equal(1, report["imported"]!.GetValue<int>());
        Assert.Equal(1, report["skipped"]!.GetValue<int>());
        Assert.Equal(1, report["rejected"]!.GetValue<int>());
        var error = report["errors"]![0]!;
        Assert.Equal(3, error["line"]!.GetValue<int>());
        Assert.Equal("Total_Amount_of_Payment_USDollars", error["column"]!.GetValue<string>());
        Assert.True(report["linkedToDirectory"]!.GetValue<int>() >= 1);

        var msl = await app.ClientFor(Roles.Msl);
        var paid = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}/external-payments"));
        Assert.Equal(1500m, paid["total"]!.GetValue<decimal>());
        Assert.Equal("Other Pharma Inc.", paid["byPayer"]![0]!["payer"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_open_payments_page_imports_in_the_background_and_lists_refused_rows_by_line_column_and_reason()
    {
        var (_, npi) = await Hcp(app);
        var compliance = await Dashboard.DashboardUsers.SignIn(app, Roles.Compliance);
        var form = await compliance.Pages.GetStringAsync("/Engagement/Transfers/OpenPayments");
        var antiforgery = Dashboard.DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value;
        var upload = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(GeneralFile(npi)));
        upload.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var posted = await compliance.Pages.PostAsync("/Engagement/Transfers/OpenPayments?handler=Import", new MultipartFormDataContent
        {
            { upload, "file", "page-general.csv" }, { new StringContent(antiforgery), "__RequestVerificationToken" },
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var progress = "";
        for (var poll = 0; poll < 2400 && (progress == "" || progress.Contains("data-state=\"running\"")); poll++) // a guard, not a threshold
        {
            if (poll > 0) await Task.Delay(50);
            progress = await compliance.Pages.GetStringAsync("/Engagement/Transfers/OpenPayments?handler=Progress");
        }
        Assert.DoesNotContain("data-state=\"running\"", progress);
        Assert.Contains("Refused rows of page-general.csv", progress);
        Assert.Contains("payments imported,", progress); // a general row is one payment: no per-person note
        Assert.Contains("<td>3</td><td>Total_Amount_of_Payment_USDollars</td>", progress);
        Assert.Contains("page-general.csv", await compliance.Pages.GetStringAsync("/Engagement/Transfers/OpenPayments"));
    }

    [Fact]
    public async Task The_cli_imports_an_open_payments_file_and_prints_its_report_as_json()
    {
        var sample = Path.Combine(RepoPaths.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv");
        var run = await Infrastructure.Cli.Liaison(app.Database, "import", "openpayments", sample, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)!;
        Assert.Equal("research", report["kind"]!.GetValue<string>());
        Assert.Equal(300, report["rows"]!.GetValue<int>());
        // 16 of its 300 research payments name a second principal investigator: listed for each, 316 payment records.
        var records = report["imported"]!.GetValue<int>() + report["alreadyImported"]!.GetValue<int>();
        Assert.Equal(316, records);
        var human = await Infrastructure.Cli.Liaison(app.Database, "import", "openpayments", sample);
        Assert.Contains("(Research): 300 rows naming 316 payment records (a research payment is listed once for each physician it names: "
            + "its recipient and its principal investigators); 0 imported, 0 corrected, 316 already there,", human.Stdout, StringComparison.Ordinal);
        var missing = await Infrastructure.Cli.Liaison(app.Database, "import", "openpayments", sample + ".nope");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr);
    }

    [Fact]
    public async Task A_file_that_is_not_an_open_payments_file_is_refused_naming_the_missing_column()
    {
        var compliance = await app.ClientFor(Roles.Compliance);
        var response = await Upload(compliance, "a,b\n1,2\n"u8.ToArray(), "nonsense.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Record_ID", (await Json.Read(response))["detail"]!.GetValue<string>());
    }

    /// <summary>A general-payments file: one payment to <paramref name="npi"/>, one with a bad amount (line 3), one to a hospital.</summary>
    private static string GeneralFile(string npi)
    {
        var header = string.Join(',', OpenPaymentsLayout.GeneralPayments);
        string Row(string type, string recipientNpi, string amount, string date, string record)
        {
            var values = OpenPaymentsLayout.GeneralPayments.ToDictionary(c => c, _ => "");
            values["Covered_Recipient_Type"] = type;
            values["Covered_Recipient_NPI"] = recipientNpi;
            values["Covered_Recipient_Profile_ID"] = "4242";
            values["Covered_Recipient_First_Name"] = "ALEX";
            values["Covered_Recipient_Last_Name"] = "TESTER";
            values["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Other Pharma Inc.";
            values["Total_Amount_of_Payment_USDollars"] = amount;
            values["Date_of_Payment"] = date;
            values["Nature_of_Payment_or_Transfer_of_Value"] = "Consulting Fee";
            values["Record_ID"] = record;
            values["Program_Year"] = "2024";
            return string.Join(',', OpenPaymentsLayout.GeneralPayments.Select(c => values[c]));
        }
        var record = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('\n', header,
            Row("Covered Recipient Physician", npi, "1500.00", "05/14/2024", record),
            Row("Covered Recipient Physician", npi, "lots", "05/14/2024", record + "1"),
            Row("Covered Recipient Teaching Hospital", "", "99.00", "05/14/2024", record + "2"));
    }

    /// <summary>Uploads a file (202: the import runs in the background), follows the job until it is done and gives its report.</summary>
    private static async Task<JsonNode> Imported(HttpClient client, byte[] bytes, string name)
    {
        var started = await Upload(client, bytes, name);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!;
        Assert.Equal(name, (await Json.Read(started))["file"]!.GetValue<string>());
        for (var poll = 0; poll < 2400; poll++) // a guard against a job that never ends, not a speed threshold
        {
            var job = await Json.Read(await client.GetAsync(location));
            if (job["done"]!.GetValue<bool>())
            {
                Assert.Null(job["error"]);
                Assert.Equal(name, job["report"]!["file"]!.GetValue<string>());
                return job["report"]!;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The import of {name} did not finish.");
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync("/api/v1/open-payments/imports", new MultipartFormDataContent { { file, "file", name } });
    }
}

public sealed class TransfersApiOnSqlite(SqliteApp app) : TransfersApiTests(app), IClassFixture<SqliteApp>;

public sealed class TransfersApiOnPostgres(PostgresApp app) : TransfersApiTests(app), IClassFixture<PostgresApp>;
