using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Data;

/// <summary>
/// Every start brings the workspace to the current schema with plain statements (WorkspaceMigrator, the search schema):
/// a new database gets every migration and is said to be new; a current one gets nothing and is not; what a start
/// repairs (the search indexes, a role) comes back, and an earlier release's search index goes.
/// </summary>
public abstract class WorkspaceMigratorTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_new_database_gets_every_migration_and_a_second_start_finds_it_current()
    {
        await using var database = provider == DatabaseProvider.Sqlite ? TestDatabase.CreateSqlite() : await TestDatabase.CreatePostgresAsync();
        await using var app = TestApp.Build(database.Database, TimeProvider.System);

        var (pendingBefore, isNew, pendingAfter, all) = await Migrate(app);
        Assert.Equal(all, pendingBefore);
        Assert.True(isNew);
        Assert.Empty(pendingAfter);
        Assert.False((await Migrate(app)).IsNew);
    }

    [Fact]
    public async Task A_start_restores_lost_search_indexes_and_roles_and_drops_an_earlier_releases_index()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = TestApp.Build(database.Database, TimeProvider.System);
        await Execute(app, """DELETE FROM "AspNetRoles" WHERE normalized_name = 'VIEWER'""");
        if (provider == DatabaseProvider.Sqlite)
            await Execute(app, "DROP TRIGGER hcp_name_index_ai; DROP TRIGGER hcp_name_index_ad; DROP TRIGGER hcp_name_index_au; DROP TABLE hcp_name_index;");
        else
            await Execute(app, """
                DROP INDEX ix_hcp_search_entries_last_name_key_sort_name_c;
                CREATE INDEX ix_hcp_search_entries_last_name_key_pattern ON hcp_search_entries (last_name_key text_pattern_ops);
                """);

        Assert.False((await Migrate(app)).IsNew);

        Assert.Equal(Roles.All.Count, await Count(app, """SELECT count(*) AS "Value" FROM "AspNetRoles" """));
        if (provider == DatabaseProvider.Sqlite)
            Assert.Equal(4, await Count(app, "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name IN ('hcp_name_index', 'hcp_name_index_ai', 'hcp_name_index_ad', 'hcp_name_index_au')"));
        else
        {
            Assert.Equal(1, await Count(app, "SELECT count(*) AS \"Value\" FROM pg_class WHERE relname = 'ix_hcp_search_entries_last_name_key_sort_name_c'"));
            Assert.Equal(0, await Count(app, "SELECT count(*) AS \"Value\" FROM pg_class WHERE relname = 'ix_hcp_search_entries_last_name_key_pattern'"));
        }
    }

    private static async Task<(IReadOnlyList<string> PendingBefore, bool IsNew, IReadOnlyList<string> PendingAfter, List<string> All)> Migrate(
        WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<WorkspaceMigrator>();
        var before = await migrator.PendingAsync(default);
        var isNew = await migrator.MigrateAsync(default);
        var after = await migrator.PendingAsync(default);
        return (before, isNew, after, scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Database.GetMigrations().ToList());
    }

    private static async Task Execute(WebApplication app, string sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    /// <param name="sql">A count named "Value".</param>
    private static async Task<long> Count(WebApplication app, string sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Database.SqlQueryRaw<long>(sql).SingleAsync();
    }
}

public sealed class WorkspaceMigratorOnSqlite() : WorkspaceMigratorTests(DatabaseProvider.Sqlite);

public sealed class WorkspaceMigratorOnPostgres() : WorkspaceMigratorTests(DatabaseProvider.Postgres);
