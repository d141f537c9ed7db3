using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Territories;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Dashboard;

/// <summary>The two forms of territory membership (per row for search and the firewall, index lookups for a whole territory) agree.</summary>
public abstract class TerritoryMembershipTests(TestApp app)
{
    [Fact]
    public async Task Reading_a_whole_territory_by_index_finds_the_same_hcps_as_the_per_row_rule()
    {
        var nppes = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
        await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(nppes), null, default));
        var owner = $"owner-{Guid.NewGuid():N}";
        var (perRow, byIndex) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var entries = await db.HcpSearchEntries.Where(e => e.State != null && e.Zip5 != null)
                .Select(e => new { e.HcpId, e.State, e.Zip5 }).ToListAsync();
            var byState = entries.GroupBy(e => e.State).OrderByDescending(g => g.Count()).Select(g => g.Key!).ToList();
            var rest = entries.Where(e => e.State != byState[0]).ToList();
            Assert.True(rest.Count >= 4, "the sample has practices outside its commonest state");
            var territory = new Territory { Id = Guid.CreateVersion7(), Name = $"Everything {owner}", OwnerUserId = owner, CreatedAt = db.UtcNow };
            territory.Rules.AddRange([
                new() { Id = Guid.CreateVersion7(), Kind = TerritoryRuleKind.State, Value = byState[0] },
                new() { Id = Guid.CreateVersion7(), Kind = TerritoryRuleKind.Zip, Value = rest[0].Zip5! },
                new() { Id = Guid.CreateVersion7(), Kind = TerritoryRuleKind.ZipPrefix, Value = rest[1].Zip5![..3] },
                new() { Id = Guid.CreateVersion7(), Kind = TerritoryRuleKind.ZipPrefix, Value = rest[2].Zip5![..1] },
                new() { Id = Guid.CreateVersion7(), Kind = TerritoryRuleKind.ZipPrefix, Value = "99" },
            ]);
            db.Territories.Add(territory);
            db.TerritoryAssignments.Add(new TerritoryAssignment
            {
                Id = Guid.CreateVersion7(), TerritoryId = territory.Id, HcpId = rest[^1].HcpId, AssignedBy = "test", AssignedAt = db.UtcNow,
            });
            await db.SaveChangesAsync();
            return (await db.HcpSearchEntries.Where(TerritoryMembership.OwnedBy(db, owner)).Select(e => e.HcpId).OrderBy(x => x).ToListAsync(),
                await db.HcpSearchEntries.Where(await TerritoryMembership.OwnedByAsync(db, owner, default)).Select(e => e.HcpId).OrderBy(x => x).ToListAsync());
        });
        Assert.NotEmpty(perRow);
        Assert.Equal(perRow, byIndex);
    }
}

public sealed class TerritoryMembershipOnSqlite(SqliteApp app) : TerritoryMembershipTests(app), IClassFixture<SqliteApp>;

public sealed class TerritoryMembershipOnPostgres(PostgresApp app) : TerritoryMembershipTests(app), IClassFixture<PostgresApp>;
