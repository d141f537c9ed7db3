using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Plans;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>A merge of two records of one person reaches engagement, medical information and safety.</summary>
public abstract class HcpMergeReachTests(TestApp app)
{
    /// <summary>Parts of the record itself, which go with the removed duplicate, and the merge's own history.</summary>
    private static readonly string[] DieWithTheDuplicate =
        ["hcp_addresses.hcp_id", "hcp_taxonomies.hcp_id", "hcp_search_entries.hcp_id", "influence_scores.hcp_id", "hcp_merges.duplicate_hcp_id"];

    /// <summary>Every column of the model that holds an HCP id: a foreign key to hcps, or a Guid named …HcpId.</summary>
    private static List<(IEntityType Entity, IProperty Property, string Column)> HcpColumns(LiaisonDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.ClrType != typeof(Hcp))
            .SelectMany(e => e.GetProperties().Where(p =>
                    p.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Hcp))
                    || (p.Name.EndsWith("HcpId", StringComparison.Ordinal) && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))))
                .Select(p => (e, p, $"{e.GetTableName()}.{p.GetColumnName()}")))
            .ToList();

    [Fact]
    public async Task Every_column_that_references_an_hcp_has_a_mover()
    {
        var (columns, declared) = await app.InScope(sp => Task.FromResult((
            HcpColumns(sp.GetRequiredService<LiaisonDbContext>()).Select(c => c.Column).ToList(),
            sp.GetServices<IHcpReferenceMover>().SelectMany(m => m.Columns).ToList())));
        Assert.Contains("adverse_event_intakes.reporter_hcp_id", columns);
        var missing = columns.Except(declared).Except(DieWithTheDuplicate).ToList();
        Assert.True(missing.Count == 0, $"No IHcpReferenceMover declares {string.Join(", ", missing)}: a merge would leave them behind.");
        Assert.Empty(declared.Except(columns)); // a mover declares only real columns
    }

    [Fact]
    public async Task An_approved_merge_moves_engagement_requests_and_safety_records_and_folds_what_both_records_hold()
    {
        var (survivor, _) = await EngagementData.Hcp(app, "Footprint");
        var (duplicate, _) = await EngagementData.Hcp(app, "Footprint");
        var (msl, mslId, _) = await app.UserClient(Roles.Msl);
        var product = await EngagementData.Product(app);
        var dup = await HcpFootprint.WriteAsync(app, duplicate, mslId, product, [survivor]);
        // The survivor was invited to the same event (the duplicate's row attended) and has a plan for the same year.
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            db.EventParticipants.Add(new EventParticipant { Id = Guid.CreateVersion7(), EventId = dup.Event, HcpId = survivor, Status = ParticipationStatus.Invited, InvitedAt = db.UtcNow });
            var plan = new EngagementPlan { Id = Guid.CreateVersion7(), HcpId = survivor, OwnerId = mslId, Year = 2026, Objectives = "Survivor's objectives", CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow };
            plan.Quarters.Add(new PlanQuarter { PlanId = plan.Id, Quarter = 2, PlannedTouchpoints = 1 });
            db.EngagementPlans.Add(plan);
            return await db.SaveChangesAsync();
        });

        var proposed = await msl.PostAsJsonAsync("/api/v1/change-requests", new { kind = "Merge", hcpId = survivor, duplicateHcpId = duplicate, reason = "Same person, two records." });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = (await Json.Read(proposed))["id"]!.GetValue<string>();
        var admin = await app.ClientFor(Roles.Admin);
        var approved = await EngagementData.Send(admin, HttpMethod.Post, $"/api/v1/change-requests/{id}/approve", proposed.Headers.ETag!.Tag);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            foreach (var (entity, property, column) in HcpColumns(db).Where(c => c.Column != "hcp_merges.duplicate_hcp_id"))
                Assert.True(await CountAsync(db, entity, property, duplicate) == 0, $"{column} still holds the duplicate");
            Assert.Equal(1, await db.InteractionAttendees.CountAsync(a => a.InteractionId == dup.GroupInteraction && a.HcpId == survivor));
            Assert.True(await db.InteractionAttendees.AnyAsync(a => a.InteractionId == dup.SoloInteraction && a.HcpId == survivor));
            var attended = await db.EventParticipants.SingleAsync(p => p.EventId == dup.Event && p.HcpId == survivor);
            Assert.Equal((ParticipationStatus.Attended, true), (attended.Status, attended.CheckedInAt is not null));
            Assert.True(await db.KnowledgeScores.AnyAsync(s => s.ParticipantId == attended.Id && s.Phase == TestPhase.Post));
            Assert.True(await db.EventFeedback.AnyAsync(f => f.ParticipantId == attended.Id));
            var plan = await db.EngagementPlans.Include(p => p.Quarters).SingleAsync(p => p.HcpId == survivor && p.OwnerId == mslId && p.Year == 2026);
            Assert.Contains("Survivor's objectives", plan.Objectives);
            Assert.Contains("Dr Footprint's unmet needs", plan.Objectives);
            Assert.Equal(3, plan.Quarters.Single(q => q.Quarter == 2).PlannedTouchpoints);
            Assert.Equal(survivor, (await db.TransfersOfValue.SingleAsync(t => t.Id == dup.Transfer)).HcpId);
            Assert.Equal(survivor, (await db.UnsolicitedRequests.SingleAsync(r => r.Id == dup.Request)).RequesterHcpId);
            Assert.Equal(survivor, (await db.AdverseEventIntakes.SingleAsync(i => i.Id == dup.Intake)).ReporterHcpId);
            Assert.Equal(survivor, (await db.ExternalPayments.SingleAsync(p => p.Id == dup.ExternalPayment)).HcpId);
            // Regulatory records carry their own audit entry of the move, beside the merge's summary.
            foreach (var (entity, key) in new[] { ("TransferOfValue", dup.Transfer), ("AdverseEventIntake", dup.Intake), ("UnsolicitedRequest", dup.Request) })
                Assert.True(await db.AuditEntries.AnyAsync(e => e.Entity == entity && e.EntityKey == key.ToString() && e.Action == "Update"
                    && e.NewValues!.Contains(survivor.ToString())), entity);
            var merge = await db.AuditEntries.SingleAsync(e => e.Entity == "Hcp" && e.EntityKey == survivor.ToString() && e.Action == "Merge");
            Assert.Contains("\"adverse-event intakes\":1", merge.NewValues);
            Assert.Contains("\"transfers of value\":1", merge.NewValues);
            return 0;
        });
    }

    private static async Task<int> CountAsync(LiaisonDbContext db, IEntityType entity, IProperty property, Guid id)
    {
        var method = typeof(HcpMergeReachTests).GetMethod(property.ClrType == typeof(Guid) ? nameof(Count) : nameof(CountNullable),
            BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity.ClrType);
        return await (Task<int>)method.Invoke(null, [db, property.Name, id])!;
    }

    private static Task<int> Count<T>(LiaisonDbContext db, string property, Guid id) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<Guid>(e, property) == id);

    private static Task<int> CountNullable<T>(LiaisonDbContext db, string property, Guid id) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<Guid?>(e, property) == id);
}

public sealed class HcpMergeReachOnSqlite(SqliteApp app) : HcpMergeReachTests(app), IClassFixture<SqliteApp>;

public sealed class HcpMergeReachOnPostgres(PostgresApp app) : HcpMergeReachTests(app), IClassFixture<PostgresApp>;
