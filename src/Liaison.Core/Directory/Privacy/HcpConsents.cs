using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Privacy;

/// <summary>Recording, listing and withdrawing an HCP's consents, and the check other capabilities ask before contact.</summary>
public static class HcpConsents
{
    /// <summary>A consent as given. Properties, not a positional record: the Razor form binds it too, and MVC refuses
    /// validation attributes on a positional record's properties.</summary>
    public sealed record Record
    {
        [Required] public ConsentChannel? Channel { get; init; }
        [Required] public ConsentPurpose? Purpose { get; init; }
        [Required, StringLength(200, MinimumLength = 2)] public string Source { get; init; } = "";
        [Required] public DateOnly? GivenOn { get; init; }
        public DateOnly? ExpiresOn { get; init; }
    }

    public sealed record Withdrawal(DateOnly? WithdrawnOn, [property: StringLength(500)] string? Note);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<ConsentView>> Add(Guid hcpId, Record r, CancellationToken ct)
        {
            if (!await db.Hcps.AnyAsync(h => h.Id == hcpId && h.ErasedAt == null, ct)) return Error.NotFound("The HCP");
            if (DateWindow.Outside(nameof(r.GivenOn), r.GivenOn!.Value, DateWindow.LatestToday(db.UtcNow), "a consent given: from 2000 to today",
                    "Consent cannot be given in the future.") is { } when)
                return when;
            if (r.ExpiresOn is { } e && e < r.GivenOn) return Error.Invalid(nameof(r.ExpiresOn), "The expiry is before the consent was given.");
            var consent = new Consent
            {
                Id = Guid.CreateVersion7(), HcpId = hcpId, Channel = r.Channel!.Value, Purpose = r.Purpose!.Value, Source = r.Source.Trim(),
                GivenOn = r.GivenOn!.Value, ExpiresOn = r.ExpiresOn, RecordedBy = db.Actor.Name, RecordedAt = db.UtcNow,
            };
            db.Consents.Add(consent);
            await db.SaveChangesAsync(ct);
            return await Get(consent.Id, ct);
        }

        public async Task<Result<ConsentView>> Withdraw(Guid id, ExpectedVersion version, Withdrawal w, CancellationToken ct)
        {
            var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (consent is null) return Error.NotFound("The consent");
            if (db.Expect(consent, version) is { } stale) return stale;
            if (consent.WithdrawnOn is not null) return Error.Conflict("The consent was already withdrawn.");
            var on = w.WithdrawnOn ?? DateOnly.FromDateTime(db.UtcNow);
            // A withdrawal dated ahead would end the consent today all the same (it reads as not in force): record it once made.
            if (DateWindow.Outside(nameof(w.WithdrawnOn), on, DateWindow.LatestToday(db.UtcNow), "a consent withdrawn: from 2000 to today",
                    "A consent cannot be withdrawn in the future: record the withdrawal once it is made.") is { } when)
                return when;
            if (on < consent.GivenOn) return Error.Invalid(nameof(w.WithdrawnOn), "A consent cannot be withdrawn before it was given.");
            consent.WithdrawnOn = on;
            consent.WithdrawalNote = string.IsNullOrWhiteSpace(w.Note) ? null : w.Note.Trim();
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await Get(id, ct);
        }

        public async Task<Result<ConsentView>> Get(Guid id, CancellationToken ct) =>
            (await Views(db.Consents.Where(c => c.Id == id), ct)).FirstOrDefault() is { } v ? v : Error.NotFound("The consent");

        public Task<List<ConsentView>> OfHcp(Guid hcpId, CancellationToken ct) => Views(db.Consents.Where(c => c.HcpId == hcpId), ct);

        /// <summary>Whether the HCP has a consent in force today for this channel and purpose.</summary>
        public async Task<bool> AllowsAsync(Guid hcpId, ConsentChannel channel, ConsentPurpose purpose, CancellationToken ct) =>
            (await AllowingAsync([hcpId], channel, purpose, ct)).Contains(hcpId);

        /// <summary>Which of these HCPs have a consent in force today for this channel and purpose (one query for a list).</summary>
        public async Task<HashSet<Guid>> AllowingAsync(IReadOnlyCollection<Guid> hcpIds, ConsentChannel channel, ConsentPurpose purpose,
            CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(db.UtcNow);
            var allowed = await db.Consents.Where(c => hcpIds.Contains(c.HcpId) && c.Channel == channel && c.Purpose == purpose
                    && c.WithdrawnOn == null && c.GivenOn <= today && (c.ExpiresOn == null || c.ExpiresOn >= today))
                .Select(c => c.HcpId).Distinct().ToListAsync(ct);
            return allowed.ToHashSet();
        }

        private async Task<List<ConsentView>> Views(IQueryable<Consent> q, CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(db.UtcNow);
            var rows = await q.AsNoTracking().OrderBy(c => c.Channel).ThenBy(c => c.Purpose).ThenByDescending(c => c.GivenOn).ToListAsync(ct);
            return rows.Select(c => new ConsentView(c.Id, c.HcpId, c.Channel, c.Purpose, c.Source, c.GivenOn, c.ExpiresOn, c.WithdrawnOn,
                c.WithdrawalNote, c.RecordedBy, c.RecordedAt, c.IsInForce(today), c.Version)).ToList();
        }
    }
}
