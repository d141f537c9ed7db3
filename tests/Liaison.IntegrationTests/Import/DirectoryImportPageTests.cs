using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Import;

/// <summary>The admin's upload page for NPPES and FHIR files: a file of another kind is refused at once, and no upload is left behind.</summary>
public abstract class DirectoryImportPageTests(TestApp app)
{
    private string Uploads => Path.Combine(app.App.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "data", "imports");

    [Fact]
    public async Task A_file_that_is_not_NPPES_is_refused_in_the_request_naming_the_file_not_the_server_path()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var name = $"payments-{Guid.NewGuid():N}.csv";
        var response = await Upload(admin.Pages, name, Encoding.UTF8.GetBytes("Record_ID,Total_Amount\n1,20.00\n"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"{name}: not an NPPES npidata file: the header lacks", page);
        Assert.DoesNotContain(Uploads, page);
        Assert.Empty(KeptUploads(name));
    }

    [Fact]
    public async Task The_real_sample_imports_in_the_background_and_its_upload_is_deleted_when_done()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var name = $"npidata-{Guid.NewGuid():N}.csv";
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv"));
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(admin.Pages, name, sample)).StatusCode);
        var report = await Finished(admin.Pages, name);
        Assert.Equal(11, report["imported"]!.GetValue<long>() + report["updated"]!.GetValue<long>() + report["unchanged"]!.GetValue<long>());
        Assert.Empty(KeptUploads(name));
        // The run is recorded: the page's history lists it after a restart as it lists the command line's runs.
        var history = await admin.Pages.GetStringAsync("/Admin/DirectoryImports");
        Assert.Matches($@"<h2>Import history</h2>[\s\S]*<td>nppes</td><td>{name}</td>\s*<td>Completed</td>", history);
        // The page redraws that history when a job ends: the fragment alone, for the admin only.
        var fragment = await admin.Pages.GetStringAsync("/Admin/DirectoryImports?handler=History");
        Assert.Matches($@"^\s*<table>[\s\S]*<td>nppes</td><td>{name}</td>\s*<td>Completed</td>", fragment);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var refused = await msl.Pages.GetAsync("/Admin/DirectoryImports?handler=History");
        Assert.Equal((HttpStatusCode.Found, "/Account/AccessDenied"), (refused.StatusCode, refused.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task The_NPPES_download_is_uploaded_as_CMS_publishes_it_and_imports_its_data_file()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        Assert.Matches("accept=\"[^\"]*\\.zip", await admin.Pages.GetStringAsync("/Admin/DirectoryImports"));
        var name = $"NPPES_Data_Dissemination_{Guid.NewGuid():N}.zip";
        var data = await File.ReadAllTextAsync(Directory.NppesDownload.Sample) + "\"1234\"\n";
        // Its practice location file: a secondary location of Dr Pilcher (line 2), and one with a state that is none (line 3).
        var locations = string.Join(',', Core.Directory.Registry.PracticeLocationLayout.Published.Select(h => $"\"{h}\""))
            + "\n1588667638,4205 BELFORT RD,,JACKSONVILLE,FL,32216,,,,\n1588667638,1 MAIN ST,,JACKSONVILLE,ZZ,32216,,,,\n";
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(admin.Pages, name, Directory.NppesDownload.Zip(data, locations: locations))).StatusCode);
        var report = await Finished(admin.Pages, name);
        Assert.Equal(11, report["imported"]!.GetValue<long>() + report["updated"]!.GetValue<long>() + report["unchanged"]!.GetValue<long>());
        Assert.Equal((1, 13), (report["rejected"]!.GetValue<long>(), report["errors"]![0]!["line"]!.GetValue<long>()));
        var part = report["practiceLocations"]!;
        Assert.Equal(1, part["imported"]!.GetValue<long>() + part["updated"]!.GetValue<long>() + part["unchanged"]!.GetValue<long>());
        Assert.Equal((1, 3, "Provider Secondary Practice Location Address - State Name"), (part["rejected"]!.GetValue<long>(),
            part["errors"]![0]!["line"]!.GetValue<long>(), part["errors"]![0]!["column"]!.GetValue<string>()));
        Assert.Matches($@"<td>nppes \(practice locations\)</td><td>{name}</td>\s*<td>Completed</td>",
            await admin.Pages.GetStringAsync("/Admin/DirectoryImports"));
        Assert.Empty(KeptUploads(name));

        var headerOnly = $"NPPES_Data_Dissemination_{Guid.NewGuid():N}.zip";
        var response = await Upload(admin.Pages, headerOnly, Directory.NppesDownload.Zip(data, withData: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"{headerOnly}: the ZIP archive holds no npidata_pfile_….csv data file: it holds npidata_pfile_20050523-20251109_fileheader.csv", page);
        Assert.DoesNotContain(Uploads, page);
        Assert.Empty(KeptUploads(headerOnly));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("/")]
    public async Task An_upload_whose_name_is_no_file_name_is_still_read_and_refused_in_words(string name)
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var response = await Upload(admin.Pages, name, Encoding.UTF8.GetBytes("Record_ID,Total_Amount\n1,20.00\n"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("upload: not an NPPES npidata file", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(KeptUploads("upload"));
    }

    [Fact]
    public async Task A_later_NUCC_release_is_taken_at_once_and_its_report_shown()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var form = await admin.Pages.GetStringAsync("/Admin/DirectoryImports");
        Assert.Contains("<strong>22.0</strong>, the release Liaison ships", form);
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Directory.NuccReleases.Later()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await admin.Pages.PostAsync("/Admin/DirectoryImports?handler=CodeSet", new MultipartFormDataContent
        {
            { file, "CodeSet", "nucc_taxonomy_251.csv" },
            { new StringContent(DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value), "__RequestVerificationToken" },
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("NUCC 25.1: 2 codes imported, 1 updated, 867 unchanged, 2 rejected.", page);
        Assert.Contains("<strong>25.1</strong>, imported over the release Liaison ships (22.0)", page);
        Assert.Contains("is not a taxonomy code", page);
        Assert.DoesNotContain("There is a problem", page);
    }

    /// <summary>Uploads of this name still kept (each test's own name: the SQLite and PostgreSQL runs share the folder).</summary>
    private string[] KeptUploads(string name) =>
        System.IO.Directory.Exists(Uploads) ? System.IO.Directory.GetFiles(Uploads, name, SearchOption.AllDirectories) : [];

    /// <summary>The report of the page's job for <paramref name="name"/>, once it is done (an error fails the test).</summary>
    private static async Task<System.Text.Json.Nodes.JsonNode> Finished(HttpClient pages, string name)
    {
        System.Text.Json.Nodes.JsonNode? job = null;
        for (var i = 0; i < 300 && job?["done"]?.GetValue<bool>() != true; i++)
        {
            await Task.Delay(100);
            var status = (await Json.Read(await pages.GetAsync("/Admin/DirectoryImports?handler=Status"))).AsArray();
            job = status.FirstOrDefault(j => j!["file"]!.GetValue<string>() == name);
        }
        Assert.NotNull(job);
        Assert.Null(job["error"]);
        return job["report"]!;
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient pages, string name, byte[] content)
    {
        var form = await pages.GetStringAsync("/Admin/DirectoryImports");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await pages.PostAsync("/Admin/DirectoryImports", new MultipartFormDataContent
        {
            { file, "Upload", name }, { new StringContent("nppes"), "Kind" },
            { new StringContent(DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value), "__RequestVerificationToken" },
        });
    }
}

public sealed class DirectoryImportPageOnSqlite(SqliteApp app) : DirectoryImportPageTests(app), IClassFixture<SqliteApp>;

public sealed class DirectoryImportPageOnPostgres(PostgresApp app) : DirectoryImportPageTests(app), IClassFixture<PostgresApp>;
