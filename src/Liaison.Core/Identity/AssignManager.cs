using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

/// <summary>An admin sets whom a user reports to: an MSL manager, whose team the user then belongs to (or nobody).</summary>
public static class AssignManager
{
    public sealed record Command(string UserId, string? ManagerId);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<bool>> Handle(Command command, CancellationToken ct)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, ct);
            if (user is null) return Error.NotFound("The user");
            var manager = string.IsNullOrWhiteSpace(command.ManagerId) ? null : command.ManagerId;
            if (manager == user.Id) return Error.Invalid(nameof(command.ManagerId), "A user cannot report to themselves.");
            if (manager is not null && !await Team.Managers(db).AnyAsync(m => m.Id == manager, ct))
                return Error.Invalid(nameof(command.ManagerId), "Choose a user with the role msl-manager.");
            if (user.ManagerId == manager) return true;
            user.ManagerId = manager;
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
