using System.Net;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// A page past the end is empty however far past: rows before page 10,737,420 of 200 overflowed 32 bits, and the
/// negative offset gave page 1 again on SQLite (a client walking pages looped for ever) and a 500 on PostgreSQL.
/// </summary>
public abstract class ApiPagingTests(TestApp app)
{
    [Theory]
    [InlineData("/api/v1/products", 10_737_420, 200)]
    [InlineData("/api/v1/products", int.MaxValue, 200)]
    [InlineData("/api/v1/products", int.MaxValue, 1)]
    [InlineData("/api/v1/hcps", 10_737_420, 200)]
    [InlineData("/api/v1/hcps", int.MaxValue, 200)]
    public async Task A_page_far_past_the_end_is_empty(string url, int page, int pageSize)
    {
        await Searchable(await EngagementData.Hcp(app));
        await EngagementData.Product(app);
        var client = await app.ClientFor(Roles.Msl);
        Assert.NotEmpty((await Json.Read(await client.GetAsync($"{url}?pageSize=1")))["items"]!.AsArray());

        var response = await client.GetAsync($"{url}?page={page}&pageSize={pageSize}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await Json.Read(response);
        Assert.Empty(body["items"]!.AsArray());
        Assert.Equal(page, body["page"]!.GetValue<int>());
    }

    // HCP search reads search entries, which the directory's imports keep; the engagement builder writes the HCP alone.
    private Task Searchable((Guid Id, string Npi) hcp) => app.Db(async db =>
    {
        if (await db.HcpSearchEntries.AnyAsync(e => e.HcpId == hcp.Id)) return 0;
        db.HcpSearchEntries.Add(new HcpSearchEntry
        {
            HcpId = hcp.Id, Names = "TESTER ALEX", SortName = "TESTER ALEX", LastNameKey = NameKey.Of("TESTER"), State = "MA", IsActive = true,
        });
        return await db.SaveChangesAsync();
    });
}

public sealed class ApiPagingOnSqlite(SqliteApp app) : ApiPagingTests(app), IClassFixture<SqliteApp>;

public sealed class ApiPagingOnPostgres(PostgresApp app) : ApiPagingTests(app), IClassFixture<PostgresApp>;
