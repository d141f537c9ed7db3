using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Recording, listing and removing an HCP's congress presentations (from congress programmes). Each change
/// recomputes the influence scores, as reviewing an evidence link does, so the profile shows the new figure at once.
/// </summary>
public static class CongressPresentations
{
    /// <summary>A presentation as the programme shows it (properties, not a positional record: the Razor form binds it).</summary>
    public sealed record Fields
    {
        [Required, StringLength(200, MinimumLength = 3)] public string Congress { get; init; } = "";
        [Required] public DateOnly? PresentedOn { get; init; }
        [Required] public CongressRole? Role { get; init; }
        [Required, StringLength(500, MinimumLength = 3)] public string Title { get; init; } = "";
        [StringLength(1000)] public string? SourceUrl { get; init; }
    }

    public sealed record View(Guid Id, Guid HcpId, string Congress, DateOnly PresentedOn, CongressRole Role, string Title, string? SourceUrl,
        string RecordedBy, DateTime RecordedAt, long Version);

    public sealed class Handler(LiaisonDbContext db, RecomputeInfluence.Handler influence)
    {
        public async Task<Result<View>> Record(Guid hcpId, Fields f, CancellationToken ct)
        {
            if (!await db.Hcps.AnyAsync(h => h.Id == hcpId && h.ErasedAt == null, ct)) return Error.NotFound("The HCP");
            if (DateWindow.Outside(nameof(f.PresentedOn), f.PresentedOn!.Value, DateWindow.LatestToday(db.UtcNow), "a congress presentation: from 2000 to today",
                    "A presentation is recorded once it was given: the date is in the future.") is { } when)
                return when;
            var source = string.IsNullOrWhiteSpace(f.SourceUrl) ? null : f.SourceUrl.Trim();
            if (source is not null && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                return Error.Invalid(nameof(f.SourceUrl), "The source must be the web address (http or https) of the congress programme.");
            var congress = f.Congress.Trim();
            var title = f.Title.Trim();
            // The same talk twice would count twice in the congress component of the influence score.
            if (await db.CongressPresentations.AnyAsync(p => p.HcpId == hcpId && p.PresentedOn == f.PresentedOn && p.Role == f.Role
                    && p.Congress.ToLower() == congress.ToLower() && p.Title.ToLower() == title.ToLower(), ct))
                return Error.Conflict($"This presentation ({congress}, {f.PresentedOn:yyyy-MM-dd}, {f.Role}) is already recorded.");
            var presentation = new CongressPresentation
            {
                Id = Guid.CreateVersion7(), HcpId = hcpId, Congress = congress, PresentedOn = f.PresentedOn!.Value, Role = f.Role!.Value,
                Title = title, SourceUrl = source, RecordedBy = db.Actor.Name, RecordedAt = db.UtcNow,
            };
            db.CongressPresentations.Add(presentation);
            await db.SaveChangesAsync(ct);
            await influence.Handle(ct);
            return await Get(presentation.Id, ct);
        }

        public async Task<Result<View>> Remove(Guid id, ExpectedVersion version, CancellationToken ct)
        {
            var presentation = await db.CongressPresentations.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (presentation is null) return Error.NotFound("The congress presentation");
            // As with interactions and events: the one who recorded it, or a manager or admin, removes it.
            if (presentation.RecordedBy != db.Actor.Name && !db.Actor.IsIn(Roles.MslManager) && !db.Actor.IsIn(Roles.Admin))
                return Error.Forbidden($"Only {presentation.RecordedBy}, who recorded this presentation, or a manager may remove it.");
            if (db.Expect(presentation, version) is { } stale) return stale;
            var removed = ViewOf(presentation);
            db.CongressPresentations.Remove(presentation);
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            await influence.Handle(ct);
            return removed;
        }

        public async Task<Result<View>> Get(Guid id, CancellationToken ct) =>
            await db.CongressPresentations.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p
                ? ViewOf(p) : Error.NotFound("The congress presentation");

        public Task<List<View>> OfHcp(Guid hcpId, CancellationToken ct) => OfHcpAsync(db, hcpId, ct);
    }

    /// <summary>An HCP's presentations, newest first (also read by the KOL section, which needs no handler for it).</summary>
    public static async Task<List<View>> OfHcpAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        (await db.CongressPresentations.AsNoTracking().Where(p => p.HcpId == hcpId)
            .OrderByDescending(p => p.PresentedOn).ThenBy(p => p.Congress).ToListAsync(ct)).Select(ViewOf).ToList();

    private static View ViewOf(CongressPresentation p) =>
        new(p.Id, p.HcpId, p.Congress, p.PresentedOn, p.Role, p.Title, p.SourceUrl, p.RecordedBy, p.RecordedAt, p.Version);
}
