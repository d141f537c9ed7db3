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
        if (!await HistoryExistsAsync(ct)) await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var pending = db.Database.GetMigrations().Except(applied).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        foreach (var extension in extensions)
            await extension.ApplyAsync(db, ct);
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        return applied.Count == 0;
    }

    /// <summary>The migrations not applied yet: all of them when the history table is missing (a new workspace).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) =>
        await HistoryExistsAsync(ct) ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList() : db.Database.GetMigrations().ToList();

    /// <summary>
    /// Whether the migrations history table exists. Npgsql's history repository always says it does (and lets the read
    /// fail, logged as an error), so on PostgreSQL the name is resolved as EF Core's unqualified statements resolve it.
    /// </summary>
    private async Task<bool> HistoryExistsAsync(CancellationToken ct) => db.IsSqlite
        ? await db.GetService<IHistoryRepository>().ExistsAsync(ct)
        : await db.Database.SqlQueryRaw<bool>("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"").SingleAsync(ct);
}
