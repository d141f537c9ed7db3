using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
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

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) =>
        (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
}
