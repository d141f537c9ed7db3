using System.Net;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A later NUCC release imported over the shipped v22.0: its new codes read as specialties in search and on the profile
/// and are found by a specialty's words, a revised code reads as revised, bad rows are reported by line, a re-import
/// changes nothing, and a file that is not the code set changes nothing.
/// </summary>
public abstract class NuccCodeSetImportTests(DirectoryApp app)
{
    private Task<ImportTaxonomyCodes.Report> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportTaxonomyCodes.Handler>().Handle(path, null, default));

    [Fact]
    public async Task A_later_release_names_codes_the_shipped_set_lacks_and_a_reimport_changes_nothing()
    {
        var npi = NppesRows.Npi(871_000_001);
        var hcpId = await app.Db(async db =>
        {
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), Npi = npi, FirstName = "FINN", LastName = "GILLSWORTH", PrimaryTaxonomyCode = NuccReleases.NewCode,
                Source = DirectorySource.Manual, CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
            };
            hcp.Taxonomies.Add(new HcpTaxonomy { Id = Guid.CreateVersion7(), HcpId = hcp.Id, Code = NuccReleases.NewCode, IsPrimary = true });
            db.Hcps.Add(hcp);
            db.HcpSearchEntries.Add(new HcpSearchEntry
            {
                HcpId = hcp.Id, Names = "GILLSWORTH FINN", SortName = "GILLSWORTH FINN", LastNameKey = NameKey.Of("GILLSWORTH"),
                Specialty = NuccReleases.NewCode, State = "ME", IsActive = true,
            });
            await db.SaveChangesAsync();
            return hcp.Id;
        });
        var client = await app.ClientFor(Roles.Msl);
        var before = await client.GetAsync("/api/v1/hcps?specialty=zebrafish");
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);

        var report = await Import(NuccReleases.Later());

        Assert.Equal(("25.1", 2L, 1L, 867L, 2L), (report.Release, report.Imported, report.Updated, report.Unchanged, report.Rejected));
        Assert.Null(report.Fatal);
        Assert.Equal([(NuccReleases.FirstAddedLine + 2, "Code"), (NuccReleases.FirstAddedLine + 3, "Code")],
            report.Errors.Select(e => (e.Line, e.Column)).ToList());
        Assert.Contains($"line {NuccReleases.FirstAddedLine}'s row is kept", report.Errors[1].Reason);

        var hit = (await Json.Read(await client.GetAsync("/api/v1/hcps?specialty=zebrafish&state=ME")))["items"]!.AsArray().Single()!;
        Assert.Equal((npi, NuccReleases.NewSpecialty), (hit["npi"]!.GetValue<string>(), hit["specialty"]!.GetValue<string>()));
        var profile = await Json.Read(await client.GetAsync($"/api/v1/hcps/{hcpId}"));
        Assert.Equal(NuccReleases.NewSpecialty, profile["specialties"]![0]!["specialty"]!.GetValue<string>());
        var codes = await app.InScope(sp => sp.GetRequiredService<TaxonomyCodes>().CurrentAsync(sp.GetRequiredService<LiaisonDbContext>(), default).AsTask());
        Assert.Equal("Pädiatrische Neurologie", codes.Find(NuccReleases.OtherNewCode)!.Specialization);
        Assert.Equal(NuccReleases.RevisedDisplayName, codes.Find(NuccReleases.Revised)!.DisplayName);
        Assert.Equal("25.1", codes.Release);

        var again = await Import(NuccReleases.Later());
        Assert.Equal((0L, 0L, 870L, 2L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        var audit = await app.Db(db => db.AuditEntries.Where(e => e.Entity == "Import:nucc").CountAsync());
        Assert.Equal(2, audit);
        // The workspace held no release before: the revised code was written (and audited) as the release gives it.
        var revised = await app.Db(db => db.AuditEntries.Where(e => e.Entity == nameof(TaxonomyCode) && e.EntityKey == NuccReleases.Revised)
            .Select(e => e.Action + " " + e.NewValues).ToListAsync());
        Assert.Contains(NuccReleases.RevisedDisplayName, Assert.Single(revised), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_the_code_set_changes_nothing()
    {
        var path = Path.Combine(TestTemp.Folder("nucc-"), "nucc_taxonomy_260.csv");
        await File.WriteAllTextAsync(path, "Code,Classification\n207QZ9998X,Family Medicine\n");
        var held = await app.Db(db => db.TaxonomyCodes.CountAsync());

        var report = await Import(path);

        Assert.Equal((1L, "Grouping"), (report.Fatal!.Line, report.Fatal.Column));
        Assert.Equal(0L, report.Imported);
        Assert.Equal(held, await app.Db(db => db.TaxonomyCodes.CountAsync()));
        Assert.Null(await app.Db(db => db.TaxonomyCodes.FirstOrDefaultAsync(c => c.Code == "207QZ9998X")));
    }
}

public sealed class NuccCodeSetImportOnSqlite(DirectorySqliteApp app) : NuccCodeSetImportTests(app), IClassFixture<DirectorySqliteApp>;

public sealed class NuccCodeSetImportOnPostgres(DirectoryPostgresApp app) : NuccCodeSetImportTests(app), IClassFixture<DirectoryPostgresApp>;
