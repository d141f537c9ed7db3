using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Calendar;

/// <summary>Issuing, revoking and resolving a user's calendar-feed token.</summary>
public static class CalendarFeeds
{
    public const string Prefix = "cal_";

    public sealed record Status(bool Active, DateTime? CreatedAt, DateTime? LastUsedAt);

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

        /// <summary>The user a feed secret belongs to, if it is active and the user is still enabled.</summary>
        public async Task<string?> Resolve(string secret, CancellationToken ct)
        {
            if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
            var hash = ApiTokenSecret.Hash(secret);
            var token = await db.CalendarFeedTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, ct);
            if (token is null) return null;
            var now = db.UtcNow;
            var lockedUntil = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.LockoutEnd).FirstOrDefaultAsync(ct);
            if (lockedUntil is { } until && until.UtcDateTime > now) return null;
            // Bookkeeping, not a business change: set-based so the feed's polling does not fill the audit trail.
            await db.CalendarFeedTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
            return token.UserId;
        }

    }
}
