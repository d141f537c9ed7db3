using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// NPPES's practice location file (pl_pfile) in CMS's ZIP after its npidata file, and on its own: each NPI's secondary
/// practice locations set from it, bad rows and unknown NPIs reported by line, a second run changing nothing.
/// </summary>
public abstract class PracticeLocationImportTests(Infrastructure.TestApp app)
{
    private const string Pilcher = "1588667638";
    private const string Hospital = "1497758544";
    private const string Zip = "NPPES_Data_Dissemination_November_2025.zip";

    /// <summary>An NPI with a valid check digit that no sample row gives.</summary>
    private static readonly string Unknown = "123456789" + Liaison.Core.Directory.Registry.Npi.CheckDigit("123456789");

    private static string Csv(params string[][] rows) =>
        string.Concat(rows.Prepend([.. Liaison.Core.Directory.Registry.PracticeLocationLayout.Published]).Select(r => string.Join(',', r.Select(v => $"\"{v}\"")) + "\n"));

    private static string[] Location(string npi, string line1, string city, string state, string zip) =>
        [npi, line1, "", city, state, zip, "", "9045550100", "", ""];

    /// <summary>
    /// Line 2, 3: Dr Pilcher's two secondary locations; 4: one with a bad ZIP; 5: an NPI the directory lacks; 6: the
    /// hospital's (an organisation).
    /// </summary>
    private static string Locations => Csv(
        Location(Pilcher, "4205 BELFORT RD", "JACKSONVILLE", "FL", "322164208"),
        Location(Pilcher, "1 SHIRCLIFF WAY", "JACKSONVILLE", "FL", "32204"),
        Location(Pilcher, "900 BAD ZIP RD", "JACKSONVILLE", "FL", "3220"),
        Location(Unknown, "1 NOWHERE ST", "MIAMI", "FL", "33101"),
        Location(Hospital, "100 CLINIC DR", "GAINESVILLE", "FL", "32608"));

    private Task<ImportReport> Import(string path) => app.Import(NppesSources.For(path));

    private Task<List<string>> Secondary(string npi) => app.Db(async db =>
    {
        var hcp = await db.Hcps.Where(h => h.Npi == npi).Select(h => (Guid?)h.Id).SingleOrDefaultAsync();
        var org = await db.Organisations.Where(o => o.Npi == npi).Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
        var lines = hcp is { } h
            ? await db.HcpAddresses.Where(a => a.HcpId == h && a.Kind == AddressKind.Other).Select(a => a.Line1 + "|" + a.PostalCode).ToListAsync()
            : await db.OrganisationAddresses.Where(a => a.OrganisationId == org && a.Kind == AddressKind.Other)
                .Select(a => a.Line1 + "|" + a.PostalCode).ToListAsync();
        return lines.Order(StringComparer.Ordinal).ToList();
    });

    [Fact]
    public async Task The_download_sets_secondary_locations_after_its_providers_reports_bad_rows_and_unknown_NPIs_and_again_changes_nothing()
    {
        var zip = NppesDownload.Write(Zip, NppesDownload.Zip(File.ReadAllText(NppesDownload.Sample), locations: Locations));
        var first = await Import(zip);
        Assert.Equal((11L, 0L), (first.Imported + first.Updated + first.Unchanged, first.Rejected));
        var locations = first.PracticeLocations!;
        Assert.Equal((2L, 2L), (locations.Imported + locations.Updated + locations.Unchanged, locations.Rejected));
        Assert.Equal(
            [
                "4 Provider Secondary Practice Location Address - Postal Code: '3220' is not a ZIP code (5 or 9 digits)",
                $"5 NPI: NPI {Unknown} is not in the directory",
            ],
            locations.Errors.Select(e => $"{e.Line} {e.Column}: {e.Reason}".Split(':')[..2]).Select(p => string.Join(':', p)));
        Assert.Equal(["1 SHIRCLIFF WAY|32204", "4205 BELFORT RD|322164208"], await Secondary(Pilcher));
        Assert.Equal(["100 CLINIC DR|32608"], await Secondary(Hospital));
        Assert.Equal(0, await app.Db(db => db.Hcps.CountAsync(h => h.Npi == Unknown)));

        var again = await Import(zip);
        Assert.Equal((0L, 0L, 11L), (again.Imported, again.Updated, again.Unchanged));
        Assert.Equal((0L, 0L, 2L, 2L), (again.PracticeLocations!.Imported, again.PracticeLocations.Updated,
            again.PracticeLocations.Unchanged, again.PracticeLocations.Rejected));
        Assert.Equal(["1 SHIRCLIFF WAY|32204", "4205 BELFORT RD|322164208"], await Secondary(Pilcher));
    }

    [Fact]
    public async Task A_practice_location_file_alone_replaces_an_NPIs_secondary_locations_and_an_npidata_update_keeps_them()
    {
        await Import(NppesDownload.Write(Zip, NppesDownload.Zip(File.ReadAllText(NppesDownload.Sample), locations: Locations)));
        var alone = NppesDownload.Write("pl_pfile_20251103-20251109.csv",
            System.Text.Encoding.UTF8.GetBytes(Csv(Location(Pilcher, "7 RIVERSIDE AVE", "JACKSONVILLE", "FL", "32202"))));
        var report = await Import(alone);
        Assert.True(report.LocationsOnly);
        Assert.Equal((0L, 0L, 0L, 0L), (report.Imported, report.Updated, report.Unchanged, report.Rejected));
        Assert.Equal((0L, 1L, 0L, 0L), (report.PracticeLocations!.Imported, report.PracticeLocations.Updated,
            report.PracticeLocations.Unchanged, report.PracticeLocations.Rejected));
        Assert.Equal(["7 RIVERSIDE AVE|32202"], await Secondary(Pilcher));
        // The hospital is not in this file: its locations stand.
        Assert.Equal(["100 CLINIC DR|32608"], await Secondary(Hospital));

        // A weekly npidata file that changes Dr Pilcher rewrites his practice and mailing addresses, not his secondary locations.
        var changed = File.ReadAllLines(NppesDownload.Sample).Where((l, i) => i == 0 || l.StartsWith($"\"{Pilcher}\"", StringComparison.Ordinal))
            .Select(l => l.Replace("\"MD\"", "\"M.D.\"", StringComparison.Ordinal)).ToList();
        var weekly = await Import(NppesDownload.Write("npidata_pfile_20251103-20251109.csv",
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', changed) + "\n")));
        Assert.Equal(1L, weekly.Updated);
        Assert.Null(weekly.PracticeLocations);
        Assert.Equal(["7 RIVERSIDE AVE|32202"], await Secondary(Pilcher));

        var again = await Import(alone);
        Assert.Equal((0L, 0L, 1L), (again.PracticeLocations!.Imported, again.PracticeLocations.Updated, again.PracticeLocations.Unchanged));
    }

    [Fact]
    public async Task A_killed_import_of_a_practice_location_file_resumes_from_its_checkpoint_to_the_same_final_state()
    {
        await Import(NppesDownload.Write(Zip, NppesDownload.Zip(File.ReadAllText(NppesDownload.Sample))));
        var path = NppesDownload.Write("pl_pfile_20251027-20251102.csv", System.Text.Encoding.UTF8.GetBytes(Csv(
            Location(Pilcher, "2 SECOND ST", "JACKSONVILLE", "FL", "32204"), Location(Pilcher, "3 THIRD ST", "JACKSONVILLE", "FL", "32204"),
            Location(Hospital, "4 FOURTH ST", "GAINESVILLE", "FL", "32608"))));
        await Assert.ThrowsAsync<IOException>(() => app.InScope(async sp =>
        {
            var runner = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DirectoryImportRunner>(sp);
            runner.BatchSize = 1;
            return await runner.RunAsync(new FailingAfterFirstBatch(new PracticeLocationSource(path)), null, default);
        }));
        // The first batch (Dr Pilcher's two rows) is committed; the hospital's row is not read yet.
        Assert.Equal(["2 SECOND ST|32204", "3 THIRD ST|32204"], await Secondary(Pilcher));
        Assert.DoesNotContain("4 FOURTH ST|32608", await Secondary(Hospital));

        var resumed = (await app.Import(new PracticeLocationSource(path), batchSize: 1)).PracticeLocations!;
        Assert.True(resumed.Resumed);
        Assert.Equal((2L, 0L), (resumed.Imported + resumed.Updated + resumed.Unchanged, resumed.Rejected));
        Assert.Equal(["2 SECOND ST|32204", "3 THIRD ST|32204"], await Secondary(Pilcher));
        Assert.Equal(["4 FOURTH ST|32608"], await Secondary(Hospital));
    }

    [Fact]
    public async Task The_profile_shows_the_primary_practice_location_first_and_the_secondary_ones_apart()
    {
        await Import(NppesDownload.Write(Zip, NppesDownload.Zip(File.ReadAllText(NppesDownload.Sample), locations: Locations)));
        var client = await app.ClientFor(Liaison.Core.Identity.Roles.Msl);
        var id = await app.Db(db => db.Hcps.Where(h => h.Npi == Pilcher).Select(h => h.Id).SingleAsync());
        var response = await client.GetAsync($"/api/v1/hcps/{id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var kinds = (await Infrastructure.Json.Read(response))["addresses"]!.AsArray().Select(a => a!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["Practice", "Mailing", "Other", "Other"], kinds);
        var msl = await Dashboard.DashboardUsers.SignIn(app, Liaison.Core.Identity.Roles.Msl);
        var page = System.Net.WebUtility.HtmlDecode(await msl.Pages.GetStringAsync($"/Directory/Profile/{id}"));
        Assert.Contains("Primary practice location", page);
        Assert.Contains("Secondary practice location", page);
    }
}

public sealed class PracticeLocationImportOnSqlite(Infrastructure.SqliteApp app) : PracticeLocationImportTests(app), IClassFixture<Infrastructure.SqliteApp>;

public sealed class PracticeLocationImportOnPostgres(Infrastructure.PostgresApp app) : PracticeLocationImportTests(app), IClassFixture<Infrastructure.PostgresApp>;
