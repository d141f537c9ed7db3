using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

public static class RevokeApiToken
{
    /// <param name="OwnerId">When set, only a token of this user may be revoked (a user revoking their own).</param>
    public sealed record Command(Guid TokenId, string? OwnerId);

    public sealed class Handler(LiaisonDbContext db, ApiTokenCache cache)
    {
        public async Task<Result<bool>> Handle(Command command, CancellationToken ct)
        {
            var token = await db.ApiTokens.FirstOrDefaultAsync(
                t => t.Id == command.TokenId && (command.OwnerId == null || t.UserId == command.OwnerId), ct);
            if (token is null) return Error.NotFound("The token");
            if (token.RevokedAt is not null) return true;
            token.RevokedAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
            cache.ForgetToken(token.Id);
            return true;
        }
    }
}
