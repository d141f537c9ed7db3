using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

public static class ListApiTokens
{
    public sealed record Item(Guid Id, string UserId, string UserEmail, string Name, string Prefix, DateTime CreatedAt,
        DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <param name="userId">Only this user's tokens; all tokens when null (admin).</param>
        public Task<List<Item>> Handle(string? userId, CancellationToken ct) =>
            db.ApiTokens.Where(t => userId == null || t.UserId == userId)
                .OrderByDescending(t => t.CreatedAt)
                .Select(t => new Item(t.Id, t.UserId, t.User!.Email ?? "", t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt,
                    t.RevokedAt, t.LastUsedAt))
                .ToListAsync(ct);
    }
}
