using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

public static class ListUsers
{
    public sealed record Item(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut,
        DateTime CreatedAt, string? ManagerId = null, string? ManagerName = null);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<List<Item>> Handle(CancellationToken ct)
        {
            var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.CreatedAt, u.ManagerId,
                    ManagerName = db.Users.Where(m => m.Id == u.ManagerId).Select(m => m.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct);
            var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
            var now = DateTimeOffset.UtcNow;
            return users.Select(u => new Item(u.Id, u.Email ?? "", u.DisplayName, byUser[u.Id].Order().ToList(),
                u.LockoutEnd > now, u.CreatedAt, u.ManagerId, u.ManagerName)).ToList();
        }
    }
}
