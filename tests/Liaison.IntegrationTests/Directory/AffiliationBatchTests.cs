using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Batches built by hand, as no FHIR file gives them (a file's roles are read after all its practitioners): a role is
/// linked to what the directory holds when its batch is written, the providers of its own batch included, and is
/// rejected by its line when its practitioner only comes in a later batch.
/// </summary>
public abstract class AffiliationBatchTests(TestApp app)
{
    private sealed class GivenBatches(string path, params ImportBatch[] batches) : IImportSource
    {
        public string Kind => "fhir";
        public string Path => path;
        public long TotalBytes => new FileInfo(path).Length;
        public string? Open() => null;
        public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct) => batches.Where(b => b.LastLine > skipThroughLine);
    }

    private static string NpiOf(string nine) => nine + Npi.CheckDigit(nine);

    private static ProviderRecord Provider(long line, string npi, bool organisation)
    {
        var r = new ProviderRecord { Line = line, Npi = npi, IsOrganisation = organisation, Source = DirectorySource.Fhir };
        if (organisation) r.OrganisationName = $"Clinic {npi}";
        else (r.LastName, r.FirstName) = ($"Later{npi}", "Ada");
        r.ContentHash = ProviderRecordHash.Compute(r);
        return r;
    }

    private static AffiliationRecord Link(long line, string id, string practitioner, string organisation) =>
        new(line, "PractitionerRole", id, practitioner, organisation, null, null, "doctor", "Doctor", ["207RC0000X"]);

    private static ImportBatch Batch(long lastLine, ProviderRecord provider, AffiliationRecord link)
    {
        var batch = new ImportBatch { LastLine = lastLine };
        batch.Records.Add(provider);
        batch.Affiliations.Add(link);
        return batch;
    }

    [Fact]
    public async Task A_role_is_linked_to_a_practitioner_of_its_own_batch_and_rejected_in_a_batch_before_the_one_that_gives_it()
    {
        var (practitioner, organisation) = (NpiOf("177770001"), NpiOf("177770002"));
        var file = Path.Combine(TestTemp.Folder("batches-"), "given.ndjson");
        await File.WriteAllTextAsync(file, $"{practitioner} {organisation}\n");

        var report = await app.Import(new GivenBatches(file,
            Batch(2, Provider(1, organisation, organisation: true), Link(2, "early", practitioner, organisation)),
            Batch(4, Provider(3, practitioner, organisation: false), Link(4, "late", practitioner, organisation))));

        Assert.Equal((3L, 0L, 0L, 1L), (report.Imported, report.Updated, report.Unchanged, report.Rejected));
        Assert.Equal([(2L, "PractitionerRole", $"practitioner NPI {practitioner} is not in the directory")],
            report.Errors.Select(e => (e.Line, e.Column, e.Reason)));
        Assert.Equal(["late"], await app.Db(db => db.Affiliations.Where(a => db.Hcps.Any(h => h.Id == a.HcpId && h.Npi == practitioner))
            .Select(a => a.ExternalId!).ToListAsync()));
        Assert.Equal("207RC0000X", await app.Db(db => db.Hcps.Where(h => h.Npi == practitioner).Select(h => h.PrimaryTaxonomyCode).SingleAsync()));
    }
}

public sealed class AffiliationBatchOnSqlite(SqliteApp app) : AffiliationBatchTests(app), IClassFixture<SqliteApp>;

public sealed class AffiliationBatchOnPostgres(PostgresApp app) : AffiliationBatchTests(app), IClassFixture<PostgresApp>;
