using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Liaison.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Two Open Payments imports at once that give the same record: the second waits for the first's batch to commit and
/// then finds the record stored. On PostgreSQL both read the record as new, both added it, and the later one died on the
/// unique key with a stack trace.
/// </summary>
public abstract class OpenPaymentsConcurrentImportTests(TestApp app)
{
    [Fact]
    public async Task An_import_giving_a_record_another_import_is_writing_waits_for_it_and_finds_it_stored()
    {
        var payment = OpenPaymentsCsv.Payment("8400001");
        var path = OpenPaymentsCsv.Write("OP_DTL_GNRL_PGYR2023.csv", payment);

        var report = await app.InScope(async sp =>
        {
            // The other import: its batch holding the record written, not yet committed.
            var db = sp.GetRequiredService<LiaisonDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await ImportTurn.TakeAsync(db, ImportTurn.OpenPayments, default);
            db.ExternalPayments.Add(new ExternalPayment
            {
                Id = Guid.CreateVersion7(), Kind = ExternalPaymentKind.General, RecordId = "8400001", ProgramYear = 2023, PayerName = "Acme", Amount = 10m,
                PaidOn = new DateOnly(2023, 8, 15),
            });
            await db.SaveChangesAsync();

            var importing = Task.Run(() => app.InScope(async s => (await s.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, default)).Report!));
            await LockWaits.UntilWaitingOrDone(app, importing);
            await tx.CommitAsync();
            return await importing;
        });

        Assert.Equal((0, 1, 0), (report.Imported, report.Updated + report.AlreadyImported, report.Rejected));
        Assert.Equal(1, await app.Db(db => db.ExternalPayments.CountAsync(p => p.RecordId == "8400001")));
    }
}

public sealed class OpenPaymentsConcurrentImportOnSqlite(SqliteApp app) : OpenPaymentsConcurrentImportTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsConcurrentImportOnPostgres(PostgresApp app) : OpenPaymentsConcurrentImportTests(app), IClassFixture<PostgresApp>;
