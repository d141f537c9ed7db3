using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Calendar;

/// <summary>Issuing, revoking and resolving a user's calendar-feed token.</summary>
public static class CalendarFeeds
{
    public const string Prefix = "cal_";

    /// <summary>Last use is recorded to within this (a calendar polls every few minutes).</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(5);

    public sealed record Status(bool Active, DateTime? CreatedAt, DateTime? LastUsedAt);

    /// <summary>Whose feed a secret opens.</summary>
    public sealed record Owner(string UserId, string DisplayName);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <summary>A new secret for the actor (shown once), revoking any previous one.</summary>
        public async Task<Result<string>> Issue(CancellationToken ct)
        {
            if (db.Actor.UserId is not { } me) return Error.Forbidden("Sign in to have a calendar feed.");
            var now = db.UtcNow;
            foreach (var old in await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct))
                old.RevokedAt = now;
            var secret = ApiTokenSecret.New(Prefix);
            db.CalendarFeedTokens.Add(new CalendarFeedToken { Id = Guid.CreateVersion7(), UserId = me, TokenHash = ApiTokenSecret.Hash(secret), CreatedAt = now });
            await db.SaveChangesAsync(ct);
            return secret;
        }

        public async Task<bool> Revoke(CancellationToken ct)
        {
            var me = db.Actor.UserId;
            var active = await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct);
            foreach (var t in active) t.RevokedAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
            return active.Count > 0;
        }

        public async Task<Status> Current(CancellationToken ct)
        {
            var me = db.Actor.UserId;
            var t = await db.CalendarFeedTokens.AsNoTracking().Where(x => x.UserId == me && x.RevokedAt == null)
                .OrderByDescending(x => x.CreatedAt).FirstOrDefaultAsync(ct);
            return new Status(t is not null, t?.CreatedAt, t?.LastUsedAt);
        }

        /// <summary>
        /// The user a feed secret belongs to, if it is active and the user is still enabled: one query (token with its
        /// owner), and a last-used write at most every few minutes, as API tokens do (<see cref="ApiTokenAuthentication"/>).
        /// </summary>
        public async Task<Owner?> Resolve(string secret, CancellationToken ct)
        {
            if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
            var hash = ApiTokenSecret.Hash(secret);
            var now = db.UtcNow;
            var found = await db.CalendarFeedTokens.AsNoTracking().Where(t => t.TokenHash == hash && t.RevokedAt == null)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Id, t.UserId, u.DisplayName, u.LockoutEnd, t.LastUsedAt })
                .FirstOrDefaultAsync(ct);
            if (found is null || found.LockoutEnd is { } until && until.UtcDateTime > now) return null;
            // Bookkeeping, not a business change: set-based so the feed's polling does not fill the audit trail.
            if (found.LastUsedAt is null || now - found.LastUsedAt > LastUseResolution)
                await db.CalendarFeedTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
            return new Owner(found.UserId, found.DisplayName);
        }
    }
}
