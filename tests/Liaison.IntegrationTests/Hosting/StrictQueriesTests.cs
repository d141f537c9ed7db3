using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// The tests run with Database:StrictQueries, so a query loading several collections in one joined statement fails in
/// them rather than warn in the product: this checks the switch is on and does what it says.
/// </summary>
public abstract class StrictQueriesTests(TestApp app)
{
    [Fact]
    public async Task A_query_joining_two_collections_fails_and_split_it_runs()
    {
        Assert.True(app.App.Services.GetRequiredService<WorkspaceDatabase>().StrictQueries);
        var joined = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            app.Db(db => db.Hcps.AsNoTracking().Include(h => h.Addresses).Include(h => h.Taxonomies).ToListAsync()));
        Assert.Contains("MultipleCollectionIncludeWarning", joined.Message, StringComparison.Ordinal);
        Assert.NotNull(await app.Db(db => db.Hcps.AsNoTracking().Include(h => h.Addresses).Include(h => h.Taxonomies).AsSplitQuery().ToListAsync()));
    }
}

public sealed class StrictQueriesOnSqlite(SqliteApp app) : StrictQueriesTests(app), IClassFixture<SqliteApp>;

public sealed class StrictQueriesOnPostgres(PostgresApp app) : StrictQueriesTests(app), IClassFixture<PostgresApp>;
