using System.Data;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// Workspace contexts are pooled: a context a scope borrows must carry nothing of its previous borrower — not its actor
/// (whose name the audit trail records), not an audit reason it set and never saved, not its tracked entities, not the
/// connection it opened (a SQLite connection holding the write gate would keep other writers out).
/// </summary>
public sealed class PooledContextTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_borrowed_context_carries_nothing_of_its_previous_borrower()
    {
        var dirtied = new HashSet<LiaisonDbContext>(ReferenceEqualityComparer.Instance);
        var reused = 0;
        for (var i = 0; i < 10; i++)
        {
            var key = $"pool-{Guid.NewGuid():N}";
            await app.InScope(async sp =>
            {
                var db = sp.GetRequiredService<LiaisonDbContext>();
                if (dirtied.Contains(db)) reused++;
                // Clean: the scope's own actor (no request here: the system), no reason, nothing tracked.
                Assert.Null(db.Actor.UserId);
                Assert.Null(db.AuditReason);
                Assert.Empty(db.ChangeTracker.Entries());
                Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);

                db.WorkspaceSettings.Add(new WorkspaceSetting { Key = key, Value = "saved by the system" });
                await db.SaveChangesAsync();
                var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Entity == nameof(WorkspaceSetting) && e.EntityKey == key);
                Assert.Null(entry.Reason);
                Assert.Null(entry.ActorId);
                Assert.Equal("system", entry.Actor);

                // Left behind for the next borrower: an open connection, another actor, a reason and a change never saved.
                await db.Database.OpenConnectionAsync();
                db.LendTo(TimeProvider.System, new FixedActor(new Actor("someone-else", "someone@else.test", new HashSet<string>())));
                db.AuditReason = "left behind";
                db.WorkspaceSettings.Add(new WorkspaceSetting { Key = key + "-unsaved", Value = "x" });
                dirtied.Add(db);
                return 0;
            });
        }
        Assert.True(reused > 0, "no context was borrowed twice: the pool is not in use");
        Assert.False(await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().WorkspaceSettings
            .AnyAsync(s => s.Key.StartsWith("pool-") && s.Key.EndsWith("-unsaved"))));
    }
}
