using System.Net;
using System.Net.Http.Headers;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Identity;

public abstract class ApiTokenTests(TestApp app)
{
    private async Task<(string UserId, string Token, Guid TokenId)> NewToken(int? expiresInDays = null)
    {
        var (_, userId, _) = await app.UserClient(Roles.Msl);
        var created = await app.InScope(sp => sp.GetRequiredService<CreateApiToken.Handler>()
            .Handle(new CreateApiToken.Command(userId, "script", expiresInDays), default));
        return (userId, created.Value!.Token, created.Value.Id);
    }

    private async Task<HttpStatusCode> Call(string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/v1/products")).StatusCode;
    }

    [Fact]
    public async Task Token_is_stored_only_as_a_hash()
    {
        var (_, token, id) = await NewToken();
        var stored = await app.InScope(sp => Task.FromResult(
            sp.GetRequiredService<Liaison.Core.Data.LiaisonDbContext>().ApiTokens.Single(t => t.Id == id)));
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(ApiTokenSecret.Hash(token), stored.TokenHash);
        Assert.StartsWith(stored.Prefix, token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoked_token_is_refused()
    {
        var (_, token, id) = await NewToken();
        Assert.Equal(HttpStatusCode.OK, await Call(token));
        await app.InScope(sp => sp.GetRequiredService<RevokeApiToken.Handler>().Handle(new RevokeApiToken.Command(id, null), default));
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(token));
    }

    [Fact]
    public async Task Token_of_a_locked_user_is_refused()
    {
        var (userId, token, _) = await NewToken();
        await app.InScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<LiaisonUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByIdAsync(userId))!, DateTimeOffset.MaxValue);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(token));
    }

    [Fact]
    public async Task Token_just_used_is_refused_once_an_admin_locks_its_user()
    {
        var (userId, token, _) = await NewToken();
        Assert.Equal(HttpStatusCode.OK, await Call(token));
        var (_, adminId, _) = await app.UserClient(Roles.Admin);
        await app.InScope(sp => sp.GetRequiredService<ChangeUserAccess.Handler>()
            .Handle(new ChangeUserAccess.Command(userId, [Roles.Msl], Locked: true), adminId, default));
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(token));
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var (_, token, _) = await NewToken(expiresInDays: 1);
        Assert.Equal(HttpStatusCode.OK, await Call(token));
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(token));
    }
}

public sealed class ApiTokensOnSqlite(SqliteApp app) : ApiTokenTests(app), IClassFixture<SqliteApp>;

public sealed class ApiTokensOnPostgres(PostgresApp app) : ApiTokenTests(app), IClassFixture<PostgresApp>;
