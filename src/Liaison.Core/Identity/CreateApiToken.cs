using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

public static class CreateApiToken
{
    public sealed record Command(
        [property: Required] string UserId,
        [property: Required, StringLength(100, MinimumLength = 1)] string Name,
        [property: Range(1, 3650)] int? ExpiresInDays = null);

    /// <summary>The token in clear: shown once, never stored.</summary>
    public sealed record Response(Guid Id, string Name, string Token, string Prefix, DateTime? ExpiresAt);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Response>> Handle(Command command, CancellationToken ct)
        {
            if (!await db.Users.AnyAsync(u => u.Id == command.UserId, ct)) return Error.NotFound("The user");
            var secret = ApiTokenSecret.New();
            var now = db.UtcNow;
            var token = new ApiToken
            {
                Id = Guid.CreateVersion7(), UserId = command.UserId, Name = command.Name.Trim(),
                Prefix = secret[..12], TokenHash = ApiTokenSecret.Hash(secret), CreatedAt = now,
                ExpiresAt = command.ExpiresInDays is { } d ? now.AddDays(d) : null,
            };
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(ct);
            return new Response(token.Id, token.Name, secret, token.Prefix, token.ExpiresAt);
        }
    }
}
