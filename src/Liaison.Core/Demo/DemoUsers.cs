using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Demo;

/// <summary>A user per role. The demo password is fixed and printed: this is a demo workspace, not a real one.</summary>
public sealed class DemoUsers(UserManager<LiaisonUser> users, LiaisonDbContext db) : IDemoContribution
{
    public const string Password = "Liaison-demo-2026";
    public const string Domain = "demo.liaison.test";

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> Logins =
    [
        ($"msl@{Domain}", Roles.Msl, "Dr. Maya Lindqvist"),
        ($"msl2@{Domain}", Roles.Msl, "Dr. Tomas Okafor"),
        ($"manager@{Domain}", Roles.MslManager, "Dr. Priya Raman"),
        ($"medinfo@{Domain}", Roles.MedicalInformation, "Dr. Elena Rossi"),
        ($"safety@{Domain}", Roles.Safety, "Dr. Jonas Weber"),
        ($"compliance@{Domain}", Roles.Compliance, "Grace Mbeki"),
        ($"viewer@{Domain}", Roles.Viewer, "Sam Carter (Marketing)"),
        ($"admin@{Domain}", Roles.Admin, "Alex Admin"),
    ];

    public int Order => 0;
    public string Name => "users";

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        foreach (var (email, role, name) in Logins)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new LiaisonUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = db.UtcNow,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
        // The two MSLs report to the manager: her team view and dashboard show them.
        var manager = await db.Users.Where(u => u.Email == $"manager@{Domain}").Select(u => u.Id).FirstAsync(ct);
        foreach (var msl in await db.Users.Where(u => (u.Email == $"msl@{Domain}" || u.Email == $"msl2@{Domain}") && u.ManagerId == null).ToListAsync(ct))
            msl.ManagerId = manager;
        await db.SaveChangesAsync(ct);
        if (!await db.WorkspaceSettings.AnyAsync(s => s.Key == WorkspaceSetting.IsDemo, ct))
        {
            db.WorkspaceSettings.Add(new WorkspaceSetting { Key = WorkspaceSetting.IsDemo, Value = "true" });
            await db.SaveChangesAsync(ct);
        }
    }
}
