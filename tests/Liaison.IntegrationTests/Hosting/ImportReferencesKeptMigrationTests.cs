using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// The migration that keeps FHIR references after their run (one row per reference) on a workspace that held a reference
/// for two unfinished runs, as the earlier schema allowed: the newer run's row stays, and the reference is the key.
/// </summary>
public sealed class ImportReferencesKeptMigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_reference_two_runs_held_keeps_the_newer_runs_row_and_is_then_the_key(DatabaseProvider provider)
    {
        await using var test = provider == DatabaseProvider.Sqlite ? TestDatabase.CreateSqlite() : await TestDatabase.CreatePostgresAsync();
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        test.Database.Configure(options);
        await using var db = new LiaisonDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_NuccCodeSetRelease", StringComparison.Ordinal)));
        var (older, newer) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        foreach (var (run, day) in new[] { (older, 1), (newer, 2) })
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO directory_import_runs (id, kind, file_name, file_size, fingerprint, status, checkpoint_line, imported, updated,
                    unchanged, rejected, errors, started_by, started_at)
                VALUES ({run}, 'fhir', 'Practitioner.ndjson', 1, {run.ToString()}, 'Running', 0, 0, 0, 0, 0, '[]', 'admin',
                    {new DateTime(2026, 11, day, 10, 0, 0, DateTimeKind.Utc)})
                """);
        foreach (var (run, reference, value) in new[] { (older, "Practitioner/1", "1111111112"), (newer, "Practitioner/1", "2222222224"), (older, "Practitioner/2", "3333333336") })
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO directory_import_references (run_id, reference, system, value) VALUES ({run}, {reference}, NULL, {value})");

        await migrator.MigrateAsync();

        var kept = await db.Database.SqlQueryRaw<string>("SELECT reference || ' ' || value AS \"Value\" FROM directory_import_references ORDER BY reference").ToListAsync();
        Assert.Equal(["Practitioner/1 2222222224", "Practitioner/2 3333333336"], kept);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO directory_import_references (run_id, reference, system, value) VALUES ({older}, 'Practitioner/2', NULL, '4444444440')"));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
