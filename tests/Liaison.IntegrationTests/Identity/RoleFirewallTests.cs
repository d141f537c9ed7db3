using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Identity;

/// <summary>
/// The cross-functional viewer is the commercial side of the firewall: no account holds it with a medical role, when
/// added or when its roles change (such an account would read HCP-level medical records).
/// </summary>
public abstract class RoleFirewallTests(TestApp app)
{
    [Fact]
    public async Task A_viewer_cannot_also_hold_a_medical_role_when_added_or_changed()
    {
        var added = await app.InScope(sp => sp.GetRequiredService<AddUser.Handler>()
            .Handle(new AddUser.Command($"both-{Guid.NewGuid():N}@test.liaison", [Roles.Viewer, Roles.Msl]), default));
        Assert.False(added.IsSuccess);
        Assert.Contains("commercial side of the firewall", Assert.Single(added.Error!.Fields!["Roles"]));

        var (_, viewerId, _) = await app.UserClient(Roles.Viewer);
        var (_, adminId, _) = await app.UserClient(Roles.Admin);
        var changed = await app.InScope(sp => sp.GetRequiredService<ChangeUserAccess.Handler>()
            .Handle(new ChangeUserAccess.Command(viewerId, [Roles.Viewer, Roles.Compliance], Locked: false), adminId, default));
        Assert.False(changed.IsSuccess);
        Assert.Contains("Compliance", changed.Error!.Fields!["Roles"][0]);

        var medical = await app.InScope(sp => sp.GetRequiredService<ChangeUserAccess.Handler>()
            .Handle(new ChangeUserAccess.Command(viewerId, [Roles.Msl, Roles.MslManager], Locked: false), adminId, default));
        Assert.True(medical.IsSuccess, medical.Error?.Message);
    }
}

public sealed class RoleFirewallOnSqlite(SqliteApp app) : RoleFirewallTests(app), IClassFixture<SqliteApp>;

public sealed class RoleFirewallOnPostgres(PostgresApp app) : RoleFirewallTests(app), IClassFixture<PostgresApp>;
