using Liaison.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Core.Identity;

/// <summary>An admin sets a user's roles, or locks and unlocks the account.</summary>
public static class ChangeUserAccess
{
    public sealed record Command(string UserId, IReadOnlyList<string> Roles, bool Locked);

    public sealed class Handler(UserManager<LiaisonUser> users, ApiTokenCache tokens)
    {
        public async Task<Result<bool>> Handle(Command command, string actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(command.UserId);
            if (user is null) return Error.NotFound("The user");
            if (Identity.Roles.Problem(command.Roles) is { } roles) return Error.Invalid(nameof(command.Roles), roles);
            if (command.UserId == actingUserId && (command.Locked || !command.Roles.Contains(Identity.Roles.Admin)))
                return Error.Conflict("You cannot lock yourself out or remove your own admin role.");

            // Whatever part of the change lands, the user's API tokens take it on their next request (or the lock).
            try { return await ApplyAsync(user, command); }
            finally { tokens.ForgetUser(user.Id); }
        }

        private async Task<Result<bool>> ApplyAsync(LiaisonUser user, Command command)
        {
            var current = await users.GetRolesAsync(user);
            var removed = await users.RemoveFromRolesAsync(user, current.Except(command.Roles));
            if (!removed.Succeeded) return IdentityErrors.ToError(removed, nameof(command.Roles));
            var added = await users.AddToRolesAsync(user, command.Roles.Except(current).Distinct());
            if (!added.Succeeded) return IdentityErrors.ToError(added, nameof(command.Roles));
            var lockout = await users.SetLockoutEndDateAsync(user, command.Locked ? DateTimeOffset.MaxValue : null);
            if (!lockout.Succeeded) return IdentityErrors.ToError(lockout, nameof(command.Locked));
            if (command.Locked) await users.UpdateSecurityStampAsync(user); // ends the user's cookie sessions
            return true;
        }
    }
}
