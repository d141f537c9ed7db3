using System.Text.Json.Nodes;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// An NPI the registry first lists only as deactivated is held as a nameless person record; its later full row makes it
/// what the registry says it is: an organisation takes the record's place (one record per NPI, audited), a person fills it
/// in. A nameless record something refers to is kept and the organisation's row reported. Row by row here; the bulk load
/// in <see cref="NamelessRecordBulkLoadTests"/>.
/// </summary>
public abstract class NamelessRecordImportTests(TestApp app)
{
    private Task<ImportReport> Import(string file) => app.Import(new NppesFileSource(file));

    private static (long, long, long, long) Counts(ImportReport r) => (r.Imported, r.Updated, r.Unchanged, r.Rejected);

    private Task<Guid> NamelessId(string npi) => app.Db(db => db.Hcps.Where(h => h.Npi == npi && h.LastName == "").Select(h => h.Id).SingleAsync());

    /// <summary>Every record of an NPI: "hcp:LAST" or "org:NAME", with its deactivation and reactivation dates.</summary>
    private Task<List<string>> Records(string npi) => app.Db(async db =>
    {
        var hcps = await db.Hcps.Where(h => h.Npi == npi).Select(h => new { Kind = "hcp", Name = h.LastName, h.DeactivatedOn, h.ReactivatedOn }).ToListAsync();
        var organisations = await db.Organisations.Where(o => o.Npi == npi)
            .Select(o => new { Kind = "org", o.Name, o.DeactivatedOn, o.ReactivatedOn }).ToListAsync();
        return hcps.Concat(organisations).Select(r => $"{r.Kind}:{r.Name}:{Day(r.DeactivatedOn)}:{Day(r.ReactivatedOn)}").ToList();
    });

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Records a consent of the HCP: something that refers to the record.</summary>
    internal static Task<Guid> GiveConsent(TestApp app, Guid hcpId) => app.Db(async db =>
    {
        var c = new Consent
        {
            Id = Guid.CreateVersion7(), HcpId = hcpId, Channel = ConsentChannel.Email, Purpose = ConsentPurpose.ScientificExchange,
            Source = "signed form", GivenOn = new DateOnly(2020, 1, 1), RecordedBy = "test", RecordedAt = DateTime.UtcNow,
        };
        db.Consents.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    [Fact]
    public async Task An_organisation_row_replaces_the_nameless_record_and_a_person_row_fills_its_own_in()
    {
        var (organisation, person) = (NppesRows.Npi(171_000_001), NppesRows.Npi(171_000_002));
        var deactivations = NppesRows.File("deactivated.csv", [NppesRows.Deactivated(organisation), NppesRows.Deactivated(person, reason: "OT")]);
        Assert.Equal((2, 0, 0, 0), Counts(await Import(deactivations)));
        var (placeholder, personId) = (await NamelessId(organisation), await NamelessId(person));

        // The registry's full rows: the NPIs were reactivated, one as the organisation it is, one as a person.
        var full = NppesRows.File("full.csv", [NppesRows.Organisation(organisation, "06/01/2021", "01/15/2022"),
            NppesRows.Person(person, "06/01/2021", "01/15/2022")]);
        var report = await Import(full);

        Assert.Equal((0, 2, 0, 0), Counts(report));
        Assert.Equal(2, report.Reactivated);
        Assert.Equal(["org:CUMBERLAND COUNTY HOSPITAL SYSTEM, INC:2021-06-01:2022-01-15"], await Records(organisation));
        Assert.Equal(["hcp:SMITSON:2021-06-01:2022-01-15"], await Records(person));
        Assert.Equal(personId, await app.Db(db => db.Hcps.Where(h => h.Npi == person).Select(h => h.Id).SingleAsync()));
        Assert.False(await app.Db(db => db.HcpSearchEntries.AnyAsync(e => e.HcpId == placeholder)));
        var found = await app.InScope(sp => sp.GetRequiredService<SearchHcps.Handler>().Handle(new SearchHcps.Query(organisation), new PageRequest(), default));
        Assert.Empty(found.Value!.Items);

        // Audited in the trail, the removal and the arrival naming each other, and the chain verifies.
        var organisationId = await app.Db(db => db.Organisations.Where(o => o.Npi == organisation).Select(o => o.Id).SingleAsync());
        var removal = await app.Db(db => db.AuditEntries.SingleAsync(e => e.Entity == "Hcp" && e.EntityKey == placeholder.ToString()));
        Assert.Equal(("Delete", true), (removal.Action, removal.Reason!.Contains(organisationId.ToString(), StringComparison.Ordinal)));
        Assert.Contains(organisation, removal.OldValues, StringComparison.Ordinal);
        var arrival = await app.Db(db => db.AuditEntries.SingleAsync(e => e.Entity == "Organisation" && e.EntityKey == organisationId.ToString()));
        Assert.Equal(("Insert", true), (arrival.Action, arrival.Reason!.Contains(placeholder.ToString(), StringComparison.Ordinal)));
        Assert.True((await app.InScope(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(default))).Valid);

        // Both files again, in order: nothing is new and nothing changes, the older deactivation included.
        Assert.Equal((0, 0, 2, 0), Counts(await Import(NppesRows.CopyOf(deactivations))));
        Assert.Equal((0, 0, 2, 0), Counts(await Import(NppesRows.CopyOf(full))));
        Assert.Equal(["org:CUMBERLAND COUNTY HOSPITAL SYSTEM, INC:2021-06-01:2022-01-15"], await Records(organisation));
        Assert.Equal(["hcp:SMITSON:2021-06-01:2022-01-15"], await Records(person));
    }

    [Fact]
    public async Task A_nameless_record_something_refers_to_is_kept_and_the_organisation_row_reported_until_nothing_does()
    {
        var npi = NppesRows.Npi(171_000_011);
        await Import(NppesRows.File("deactivated.csv", [NppesRows.Deactivated(npi)]));
        var placeholder = await NamelessId(npi);
        var consent = await GiveConsent(app, placeholder);
        var full = NppesRows.File("full.csv", [NppesRows.Organisation(npi)]);

        foreach (var run in new[] { await Import(full), await Import(NppesRows.CopyOf(full)) })
        {
            Assert.Equal((0, 0, 0, 1), Counts(run));
            var error = Assert.Single(run.Errors);
            Assert.Equal((2L, "Entity Type Code"), (error.Line, error.Column));
            Assert.Contains($"NPI {npi}", error.Reason, StringComparison.Ordinal);
            Assert.Contains("1 consent refers to that record", error.Reason, StringComparison.Ordinal);
            Assert.Equal(["hcp::2021-06-01:"], await Records(npi));
            Assert.True(await app.Db(db => db.Consents.AnyAsync(c => c.Id == consent && c.HcpId == placeholder)));
        }

        await app.Db(db => db.Consents.Where(c => c.Id == consent).ExecuteDeleteAsync());
        Assert.Equal((0, 1, 0, 0), Counts(await Import(NppesRows.CopyOf(full))));
        Assert.Equal(["org:CUMBERLAND COUNTY HOSPITAL SYSTEM, INC::"], await Records(npi));
    }

    [Fact]
    public async Task A_fhir_organization_replaces_the_nameless_record_of_its_npi()
    {
        var npi = NppesRows.Npi(171_000_021);
        await Import(NppesRows.File("deactivated.csv", [NppesRows.Deactivated(npi)]));
        var placeholder = await NamelessId(npi);
        var organization = JsonNode.Parse(File.ReadLines(Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt", "Organization.000.ndjson")).First())!;
        organization["identifier"] = new JsonArray(new JsonObject { ["system"] = FhirProviderMapper.NpiSystem, ["value"] = npi });
        var file = Path.Combine(TestTemp.Folder("fhir-"), "Organization.nameless.ndjson");
        File.WriteAllLines(file, [organization.ToJsonString()]);

        var report = await app.Import(new FhirImportSource(file));

        Assert.Equal((0, 1, 0, 0), Counts(report));
        var stored = await app.Db(db => db.Organisations.Where(o => o.Npi == npi).Select(o => new { o.Name, o.Source }).SingleAsync());
        Assert.Equal((organization["name"]!.GetValue<string>(), DirectorySource.Fhir), (stored.Name, stored.Source));
        Assert.False(await app.Db(db => db.Hcps.AnyAsync(h => h.Npi == npi || h.Id == placeholder)));
        Assert.True(await app.Db(db => db.AuditEntries.AnyAsync(e => e.Entity == "Hcp" && e.EntityKey == placeholder.ToString() && e.Action == "Delete")));
        Assert.Equal((0, 0, 1, 0), Counts(await app.Import(new FhirImportSource(file))));
    }
}

public sealed class NamelessRecordImportOnSqlite(SqliteApp app) : NamelessRecordImportTests(app), IClassFixture<SqliteApp>;

public sealed class NamelessRecordImportOnPostgres(PostgresApp app) : NamelessRecordImportTests(app), IClassFixture<PostgresApp>;
