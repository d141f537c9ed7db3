using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Two Part D imports at once that give the same prescriber, drug and year: the second waits for the first's batch
/// to commit and then updates the record it wrote. Both read the record as new before either committed, both inserted it,
/// and the later one died on the unique key with a stack trace (seen on SQLite, where the read came before the write lock).
/// </summary>
public abstract class PartDConcurrentImportTests(TestApp app)
{
    [Fact]
    public async Task An_import_giving_a_record_another_import_is_writing_waits_for_it_and_updates_the_record()
    {
        const string npi = "1003000126";
        var csv = new StringBuilder(string.Join(',', PartDReader.Columns)).Append('\n')
            .Append($"{npi},Pilcher,William,Tampa,FL,12,Cardiology,S,Eliquis,Apixaban,40,20,600,100,,*,,,,,*,\n");
        var path = Path.Combine(TestTemp.Folder("partd-"), "MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");
        await File.WriteAllTextAsync(path, csv.ToString());

        var report = await app.InScope(async sp =>
        {
            // The other import: its batch holding the record written, not yet committed.
            var db = sp.GetRequiredService<LiaisonDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await ImportTurn.TakeAsync(db, ImportTurn.PartD, default);
            db.PrescribingRecords.Add(new PrescribingRecord
            {
                Id = Guid.CreateVersion7(), Npi = npi, Year = 2022, BrandName = "Eliquis", GenericName = "Apixaban", TotalClaims = 12,
            });
            await db.SaveChangesAsync();

            var importing = Task.Run(() => app.InScope(s => s.GetRequiredService<ImportPartD.Handler>().Handle(path, null, null, default)));
            await LockWaits.UntilWaitingOrDone(app, importing);
            await tx.CommitAsync();
            return await importing;
        });

        Assert.Equal((0L, 1L, 0L), (report.Imported, report.Updated, report.Rejected));
        Assert.Equal(40, await app.Db(db => db.PrescribingRecords.Where(r => r.Npi == npi).Select(r => r.TotalClaims).SingleAsync()));
    }
}

public sealed class PartDConcurrentImportOnSqlite(SqliteApp app) : PartDConcurrentImportTests(app), IClassFixture<SqliteApp>;

public sealed class PartDConcurrentImportOnPostgres(PostgresApp app) : PartDConcurrentImportTests(app), IClassFixture<PostgresApp>;
