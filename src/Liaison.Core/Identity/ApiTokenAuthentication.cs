using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Identity;

/// <summary>Resolves a presented bearer token to its live owner and roles (from <see cref="ApiTokenCache"/> when it was just seen).</summary>
public sealed class ApiTokenAuthentication(LiaisonDbContext db, ApiTokenCache cache)
{
    public sealed record Holder(string UserId, string Email, string DisplayName, IReadOnlyList<string> Roles);

    public async Task<Holder?> Authenticate(string token, CancellationToken ct)
    {
        if (!token.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal) || token.Length > 200) return null;
        var hash = ApiTokenSecret.Hash(token);
        if (cache.Find(hash) is { } known) return known;
        var generation = cache.Generation;
        var now = db.UtcNow;
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Select(t => new { t.Id, t.UserId, t.User!.Email, t.User.DisplayName, t.User.LockoutEnd, t.LastUsedAt, t.ExpiresAt })
            .FirstOrDefaultAsync(ct);
        if (found is null || found.LockoutEnd > DateTimeOffset.UtcNow) return null;

        var roles = await db.UserRoles.Where(ur => ur.UserId == found.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        // Last use is bookkeeping, not a business change: a set-based write at most every few minutes.
        if (found.LastUsedAt is null || now - found.LastUsedAt > TimeSpan.FromMinutes(5))
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        var holder = new Holder(found.UserId, found.Email ?? "", found.DisplayName, roles);
        cache.Add(hash, found.Id, holder, found.ExpiresAt, generation);
        return holder;
    }
}
