using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Liaison.Core.Data;

/// <summary>Brings a workspace to the current schema and makes sure the seven roles exist.</summary>
public sealed class WorkspaceMigrator(LiaisonDbContext db, RoleManager<IdentityRole> roles, ILogger<WorkspaceMigrator> log,
    IEnumerable<ISchemaExtension> extensions)
{
    /// <returns>True when the workspace was empty before (a new workspace).</returns>
    public async Task<bool> MigrateAsync(CancellationToken ct)
    {
        if (db.IsSqlite)
            // WAL lets readers go on while one writer commits; it is a property of the file and persists.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        // EF Core's migrator on PostgreSQL reads the history table before creating it and logs the failed read as an
        // error (npgsql/efcore.pg#3407): a new workspace gets the table first.
        var applied = await AppliedAsync(ct);
        if (applied is null) await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        var pending = db.Database.GetMigrations().Except(applied ?? []).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        foreach (var extension in extensions)
            await extension.ApplyAsync(db, ct);
        var existing = (await db.TextColumnAsync("SELECT normalized_name FROM \"AspNetRoles\" WHERE normalized_name IS NOT NULL", ct)).ToHashSet();
        foreach (var role in Roles.All.Where(r => !existing.Contains(roles.NormalizeKey(r) ?? r)))
            await roles.CreateAsync(new IdentityRole(role));
        return applied is not { Count: > 0 };
    }

    /// <summary>The migrations not applied yet: all of them when the history table is missing (a new workspace).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) =>
        db.Database.GetMigrations().Except(await AppliedAsync(ct) ?? []).ToList();

    /// <summary>
    /// The migrations the history table lists, or null when the workspace has no history table, read with plain
    /// statements (<see cref="PlainStatements"/>): EF Core's read builds a model of the table first. On PostgreSQL the
    /// name is resolved as EF Core's unqualified statements resolve it (Npgsql's history repository always says the
    /// table exists, and lets the read fail, logged as an error).
    /// </summary>
    private async Task<List<string>?> AppliedAsync(CancellationToken ct)
    {
        var exists = db.IsSqlite
            ? await db.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct) is > 0L
            : await db.ScalarAsync("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", ct) is true;
        // EF Core's MigrationId, named by the workspace's snake_case naming convention as every column is.
        return exists ? await db.TextColumnAsync("SELECT migration_id FROM \"__EFMigrationsHistory\"", ct) : null;
    }
}
