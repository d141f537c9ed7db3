using System.Net;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Compliance;

public abstract class AuditTrailTests(TestApp app)
{
    private Task<VerifyAuditChain.Report> Verify() =>
        app.InScope(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(default));

    private Task Sql(string sql) => app.InScope(async sp =>
        await sp.GetRequiredService<LiaisonDbContext>().Database.ExecuteSqlRawAsync(sql));

    private async Task CreateAreas(int count)
    {
        var admin = await app.ClientFor(Roles.Admin);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var code = Guid.NewGuid().ToString("N")[..10];
            var r = await admin.PostJson("/api/v1/therapeutic-areas", new { code, name = "Area " + code });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }));
    }

    /// <summary>Concurrent writers must queue on the chain's head, never fork it.</summary>
    [Fact]
    public async Task Concurrent_writes_keep_one_unbroken_chain_and_a_tampered_row_is_detected()
    {
        await CreateAreas(12);
        var report = await Verify();
        Assert.True(report.Valid, report.Problem);
        Assert.True(report.Entries >= 12);

        // Edit one entry behind the application's back.
        await Sql("UPDATE audit_entries SET actor = actor || 'x' WHERE sequence = 3");
        var tampered = await Verify();
        Assert.False(tampered.Valid);
        Assert.Equal(3, tampered.FirstBadSequence);
        Assert.Contains("altered", tampered.Problem);
        await Sql("UPDATE audit_entries SET actor = substr(actor, 1, length(actor) - 1) WHERE sequence = 3");
        Assert.True((await Verify()).Valid);

        // Remove one from the middle.
        await Sql("DELETE FROM audit_entries WHERE sequence = 5");
        var removed = await Verify();
        Assert.False(removed.Valid);
        Assert.Equal(6, removed.FirstBadSequence);
    }

    /// <summary>Sealers read their batch before taking the lock; one that lost the race must re-read, never fork or double-seal.</summary>
    [Fact]
    public async Task Sealers_racing_each_other_and_the_writers_chain_every_entry_once()
    {
        var writes = CreateAreas(40);
        var sealers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var sealedCount = 0;
            for (var i = 0; i < 10; i++)
                sealedCount += await app.InScope(sp => sp.GetRequiredService<AuditSealer>().SealAsync(default));
            return sealedCount;
        })).ToList();
        await writes;
        await Task.WhenAll(sealers);

        var report = await Verify();
        Assert.True(report.Valid, report.Problem);
        var (unsealed, distinct, entries) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            return (await db.AuditEntries.CountAsync(e => e.Sequence == null),
                await db.AuditEntries.Select(e => e.Sequence).Distinct().CountAsync(),
                await db.AuditEntries.CountAsync());
        });
        Assert.Equal(0, unsealed);
        Assert.Equal(entries, distinct);
    }
}

public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;

/// <summary>Each fixture gets its own workspace so truncating its trail disturbs no other test.</summary>
public abstract class AuditTruncationTests(TestApp app)
{
    [Fact]
    public async Task Entries_cut_off_the_end_are_detected()
    {
        var admin = await app.ClientFor(Roles.Admin);
        for (var i = 0; i < 3; i++)
            await admin.PostJson("/api/v1/therapeutic-areas", new { code = $"T{i}X", name = $"Truncation {i}" });
        await app.InScope(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealAsync(default);
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
            return await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence = {last}");
        });
        var report = await app.InScope(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(default));
        Assert.False(report.Valid);
        Assert.Contains("cut off the end", report.Problem);
    }
}

public sealed class AuditTruncationOnSqlite(SqliteApp app) : AuditTruncationTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTruncationOnPostgres(PostgresApp app) : AuditTruncationTests(app), IClassFixture<PostgresApp>;
