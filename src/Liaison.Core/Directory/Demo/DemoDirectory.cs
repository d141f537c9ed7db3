using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;
using static Liaison.Core.Directory.Demo.DemoDirectoryData;

namespace Liaison.Core.Directory.Demo;

/// <summary>
/// The demo company's HCP directory: ~5,000 fictional HCPs (oncologists, cardiologists, rare-disease specialists
/// and more) across 20 US medical centres, 100 organisations and their affiliations. NPIs are valid-Luhn numbers
/// in 98xxxxxxxx, a range CMS never issues (real NPIs start with 1 or 2). Written through the import's bulk path.
/// </summary>
public sealed class DemoDirectory(LiaisonDbContext db, DirectoryImportRunner importer) : IDemoContribution
{
    public const int HcpCount = 5000;
    public const string NpiPrefix = "98";

    public int Order => 20;
    public string Name => "directory";

    public static string DemoNpi(int n)
    {
        var nine = $"{NpiPrefix}{n:D7}";
        return nine + Npi.CheckDigit(nine);
    }

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        if (await db.Hcps.AnyAsync(h => h.Source == DirectorySource.Demo, ct)) return;
        var random = context.RandomFor(Name);
        var organisations = Organisations().ToList();
        var people = Enumerable.Range(1, HcpCount).Select(i => Person(i, random)).ToList();
        var now = db.UtcNow;

        await using (var store = await importer.OpenStoreAsync(ct))
        {
            await store.BeginAsync(ct);
            var batch = new ImportBatch();
            batch.Records.AddRange(organisations);
            batch.Records.AddRange(people.Select(p => p.Record));
            await BatchUpsert.WriteAsync(store, batch, runId: null, await ErasedNpiFilter.LoadAsync(db, ct), now, ct);
            var links = people.SelectMany(p => new[] { p.Place * 5, p.Place * 5 + p.SecondOrg }.Distinct().Select(org =>
                new AffiliationRecord(0, "demo", $"demo-{p.Record.Npi}-{org}", p.Record.Npi, organisations[org].Npi, null, null,
                    p.Record.PrimaryTaxonomyCode, NuccCodeSet.Shipped.Describe(p.Record.PrimaryTaxonomyCode!), []))).ToList();
            await AffiliationUpsert.WriteAsync(store, links, new BatchCounts(), now, DirectorySource.Demo, ct);
            await store.CommitAsync(ct);
            await store.RefreshAfterLoadAsync(people.Count + organisations.Count, bulk: false, ct);
        }
        await AuditTrail.RecordAsync(db, [new AuditChange("DirectoryImport", "demo", "Import", null,
            JsonSerializer.Serialize(new { kind = "demo", hcps = people.Count, organisations = organisations.Count }))], ct);
        context.Report($"directory: {people.Count} HCPs, {organisations.Count} organisations");
    }

    private static IEnumerable<ProviderRecord> Organisations()
    {
        var n = 0;
        foreach (var (city, state, zip, street) in Places)
            foreach (var pattern in OrganisationPatterns)
            {
                var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, city);
                var r = new ProviderRecord
                {
                    Npi = DemoNpi(9_000_000 + n), IsOrganisation = true, Source = DirectorySource.Demo, OrganisationName = name,
                    EnumeratedOn = new DateOnly(2006, 1, 2).AddDays(n * 17),
                    Practice = Address(AddressKind.Practice, $"{100 + n * 10} {street}", city, state, zip),
                };
                r.OrganisationKind = pattern.Contains("University", StringComparison.Ordinal) ? OrganisationKind.AcademicCentre
                    : pattern.Contains("Hospital", StringComparison.Ordinal) ? OrganisationKind.Hospital : OrganisationKind.Clinic;
                r.ContentHash = ProviderRecordHash.Compute(r);
                n++;
                yield return r;
            }
    }

    private static (ProviderRecord Record, int Place, int SecondOrg) Person(int i, Random random)
    {
        var female = random.Next(2) == 0;
        var first = female ? FemaleNames[random.Next(FemaleNames.Length)] : MaleNames[random.Next(MaleNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var place = random.Next(Places.Length);
        var (city, state, zip, street) = Places[place];
        var specialty = Pick(random);
        var r = new ProviderRecord
        {
            Npi = DemoNpi(i), Source = DirectorySource.Demo, LastName = last, FirstName = first,
            MiddleName = random.Next(3) == 0 ? ((char)('A' + random.Next(26))).ToString() : null, NamePrefix = "Dr.",
            Credentials = random.Next(5) == 0 ? "MD, PhD" : random.Next(8) == 0 ? "DO" : "MD",
            Sex = female ? AdministrativeSex.Female : AdministrativeSex.Male,
            EnumeratedOn = new DateOnly(2005, 5, 23).AddDays(random.Next(6500)),
            Practice = Address(AddressKind.Practice, $"{random.Next(1, 999)} {street}", city, state, zip),
        };
        r.Taxonomies.Add(new TaxonomyRecord(specialty, true, $"{state}{random.Next(10000, 99999)}", state, 1));
        if (random.Next(4) == 0) r.Taxonomies.Add(new TaxonomyRecord("207R00000X", false, null, state, 2));
        r.ContentHash = ProviderRecordHash.Compute(r);
        return (r, place, random.Next(1, OrganisationPatterns.Length));
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(Specialties.Sum(s => s.Weight));
        foreach (var (code, weight) in Specialties)
            if ((roll -= weight) < 0) return code;
        return Specialties[^1].Code;
    }

    private static AddressRecord Address(AddressKind kind, string line1, string city, string state, string zip)
    {
        var a = new AddressRecord(kind, line1, null, city, state, zip, "US", null, null);
        if (ZipCentroids.TryGet(zip, out var lat, out var lon)) (a.Latitude, a.Longitude) = (lat, lon);
        return a;
    }
}
