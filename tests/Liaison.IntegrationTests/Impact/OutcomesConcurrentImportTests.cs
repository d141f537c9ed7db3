using Liaison.Core.Data;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Impact;

/// <summary>
/// Two imports of one outcome dataset at once (re-importing a name replaces it): the second waits for the first to commit
/// and then replaces what it wrote. On PostgreSQL both looked the name up as new, both added it, and the later one died on
/// the unique name with a stack trace.
/// </summary>
public abstract class OutcomesConcurrentImportTests(TestApp app)
{
    [Fact]
    public async Task An_import_of_a_dataset_another_import_is_writing_waits_for_it_and_replaces_it()
    {
        var path = Path.Combine(TestTemp.Folder("outcomes-"), "outcomes.csv");
        await File.WriteAllTextAsync(path, "subject_id,period,events,exposure\n1003000126,2024-01,2,1\n1003000134,2024-01,1,1\n");

        var report = await app.InScope(async sp =>
        {
            // The other import: the dataset added, its rows not yet committed.
            var db = sp.GetRequiredService<LiaisonDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await ImportTurn.TakeAsync(db, ImportTurn.Outcomes, default);
            db.OutcomeDatasets.Add(new OutcomeDataset { Id = Guid.CreateVersion7(), Name = "concurrent outcomes" });
            await db.SaveChangesAsync();

            var importing = Task.Run(() => app.InScope(s => s.GetRequiredService<ImportOutcomes.Handler>()
                .ImportCsvAsync(new ImportOutcomes.Command("concurrent outcomes", OutcomeKind.General, "csv"), path, null, default)));
            await LockWaits.UntilWaitingOrDone(app, importing);
            await tx.CommitAsync();
            return await importing;
        });

        Assert.True(report.IsSuccess, report.Error?.Message);
        Assert.Equal((1, 2L), await app.Db(async db => (await db.OutcomeDatasets.CountAsync(d => d.Name == "concurrent outcomes"),
            await db.OutcomeDatasets.Where(d => d.Name == "concurrent outcomes").Select(d => d.Rows).SingleAsync())));
    }
}

public sealed class OutcomesConcurrentImportOnSqlite(SqliteApp app) : OutcomesConcurrentImportTests(app), IClassFixture<SqliteApp>;

public sealed class OutcomesConcurrentImportOnPostgres(PostgresApp app) : OutcomesConcurrentImportTests(app), IClassFixture<PostgresApp>;
