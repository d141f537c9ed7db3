using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Two directory imports at once (two `liaison import nppes` processes, or the admin page and the CLI) that give the
/// same NPI: the second waits for the first's batch to commit and then updates the row it wrote. On PostgreSQL both
/// looked the NPI up before either committed, both inserted it, and the later one died on the unique index (23505)
/// with a stack trace; SQLite's write lock already made them take turns. The same file twice at once is refused: the
/// second would have resumed the first's live run as if it had stopped.
/// </summary>
public abstract class ConcurrentDirectoryImportTests(TestApp app)
{
    [Fact]
    public async Task An_import_giving_an_npi_another_import_is_writing_waits_for_it_and_updates_the_row()
    {
        var npi = NppesRows.Npi(412345678);
        var first = NppesRows.File("npidata_pfile_first.csv", [NppesRows.Person(npi)]);
        var second = NppesRows.File("npidata_pfile_second.csv", [NppesRows.Person(npi, deactivatedOn: "06/01/2021")]);

        var report = await app.InScope(async sp =>
        {
            // The other import: its batch holding the NPI written, not yet committed.
            await using var other = await sp.GetRequiredService<DirectoryImportRunner>().OpenStoreAsync(default);
            await other.BeginAsync(default);
            var batch = new NppesFileSource(first).Read(0, 10, default).Single();
            batch.Prepare();
            var erased = await ErasedNpiFilter.LoadAsync(sp.GetRequiredService<LiaisonDbContext>(), default);
            Assert.Equal(1L, (await BatchUpsert.WriteAsync(other, batch, null, erased, DateTime.UtcNow, default)).Imported);

            var importing = Task.Run(() => app.Import(new NppesFileSource(second)));
            await LockWaits.UntilWaitingOrDone(app, importing);
            await other.CommitAsync(default);
            return await importing;
        });

        Assert.Equal((0L, 1L, 0L), (report.Imported, report.Updated, report.Rejected));
        Assert.Equal(new DateOnly(2021, 6, 1), await app.Db(db => db.Hcps.Where(h => h.Npi == npi).Select(h => h.DeactivatedOn).SingleAsync()));
    }

    [Fact]
    public async Task The_same_file_given_again_while_an_import_of_it_runs_is_refused_and_imports_once_that_one_ends()
    {
        var file = NppesRows.File("npidata_pfile_twice.csv", [NppesRows.Person(NppesRows.Npi(412345679))]);
        var source = new NppesFileSource(file);
        await using (var other = await app.InScope(sp =>
            RunLease.TryTakeAsync(sp.GetRequiredService<WorkspaceDatabase>(), source.Kind, FileFingerprint.Of(file), default)))
        {
            Assert.NotNull(other);
            var refused = await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(source, null, default));
            Assert.Equal(ErrorKind.Conflict, refused.Error?.Kind);
            Assert.StartsWith("npidata_pfile_twice.csv is being imported now by another import", refused.Error!.Message);
        }

        Assert.Equal(1L, (await app.Import(source)).Imported);
    }
}

public sealed class ConcurrentDirectoryImportOnSqlite(SqliteApp app) : ConcurrentDirectoryImportTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrentDirectoryImportOnPostgres(PostgresApp app) : ConcurrentDirectoryImportTests(app), IClassFixture<PostgresApp>;
