using Liaison.Core.Data;

namespace Liaison.Core.Identity;

/// <summary>Who manages whom, as composable queries.</summary>
public static class Team
{
    /// <summary>The ids of the users who report to <paramref name="managerId"/>.</summary>
    public static IQueryable<string> MembersOf(LiaisonDbContext db, string managerId) =>
        db.Users.Where(u => u.ManagerId == managerId).Select(u => u.Id);

    /// <summary>Users holding the role msl-manager, by name.</summary>
    public static IQueryable<LiaisonUser> Managers(LiaisonDbContext db) =>
        from u in db.Users
        where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.MslManager))
        orderby u.DisplayName
        select u;
}
