using System.Text.RegularExpressions;
using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Kol;

/// <summary>The admin's directory import page in the browser: upload, live report, the bad row by line, a re-upload.</summary>
[Collection(LiveAppCollection.Name)]
public sealed partial class DirectoryImportPageTests(LiveApp app)
{
    [Fact]
    public async Task An_admin_uploads_an_nppes_file_sees_its_bad_row_by_line_and_hears_the_end_of_each_import()
    {
        // The real sample (11 valid rows on lines 2–12) with a 13th line whose NPI fails its check digit.
        var sample = File.ReadAllLines(Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv"));
        var npi = sample[1][1..11];
        var bad = $"\"{npi[..9]}{(npi[9] - '0' + 1) % 10}{sample[1][11..]}";
        var file = Path.Combine(Directory.CreateTempSubdirectory("liaison-browser-nppes-").FullName, "npidata_pfile_browser.csv");
        await File.WriteAllLinesAsync(file, [.. sample, bad]);

        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Admin);
        await new LoginPage(page).SignIn(email, password);

        foreach (var (run, expected) in new[] { (1, Report(@"\d+ imported, \d+ updated, \d+ unchanged")), (2, Report("0 imported, 0 updated, 11 unchanged")) })
        {
            await page.GotoAsync("/Admin/DirectoryImports");
            await page.GetByLabel("Format").SelectOptionAsync("nppes");
            await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Import of npidata_pfile_browser.csv started");

            // The newest job is drawn first; a file this small ends before the page's first poll, and its end is still announced.
            var job = page.Locator("#import-jobs .import-job").Nth(0);
            await Assertions.Expect(job.Locator("p")).ToHaveTextAsync(expected);
            await Assertions.Expect(job.Locator("li")).ToHaveTextAsync(LineThirteen());
            await Assertions.Expect(job.Locator("progress")).ToHaveAttributeAsync("value", "1");
            Assert.Equal(run, await page.Locator("#import-jobs .import-job").CountAsync());
            await Assertions.Expect(page.Locator("#import-jobs-news")).ToHaveTextAsync(await job.Locator("p").InnerTextAsync());
            // The recorded runs, drawn while the import may still have run, show its outcome once it ends.
            await Assertions.Expect(page.Locator("#import-history tbody tr").First).ToContainTextAsync(new Regex("npidata_pfile_browser\\.csv\\s*Completed"));
            await Assertions.Expect(page.Locator("#import-history th").First).ToHaveTextAsync("Started (your time)");
        }
        await Screenshots.Take(page, "admin-directory-import");
    }

    private static Regex Report(string counts) => new($"^npidata_pfile_browser\\.csv: {counts}, 1 rejected$");

    [GeneratedRegex(@"^line 13, NPI: .*check digit", RegexOptions.IgnoreCase)]
    private static partial Regex LineThirteen();
}
