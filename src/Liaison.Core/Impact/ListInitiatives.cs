using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>An initiative as lists and pages show it: its design, never any subject-level row.</summary>
public sealed record InitiativeView(Guid Id, string Slug, string Name, string Goal, string TargetKind, string Activities,
    Guid OutcomeDatasetId, string OutcomeDataset, string OutcomeKind, string StartMonth, int PreMonths, int PostMonths, string Design,
    string? CategoricalCovariates, string? PublishedResult, int Targets, DateTime CreatedAt, long Version);

public static class ListInitiatives
{
    public sealed class Handler(LiaisonDbContext db)
    {
        private IQueryable<InitiativeView> Views(IQueryable<Initiative> q) => q.Select(i => new InitiativeView(i.Id, i.Slug, i.Name,
            i.Goal, i.TargetKind, i.Activities, i.OutcomeDatasetId, i.OutcomeDataset!.Name, i.OutcomeDataset.Kind, i.StartMonth, i.PreMonths,
            i.PostMonths, i.Design, i.CategoricalCovariates, i.PublishedResult,
            db.InitiativeTargets.Count(t => t.InitiativeId == i.Id), i.CreatedAt, i.Version));

        public async Task<IReadOnlyList<InitiativeView>> Handle(CancellationToken ct) =>
            await Views(db.Initiatives.AsNoTracking().OrderBy(i => i.Name)).ToListAsync(ct);

        public async Task<Result<InitiativeView>> Get(Guid id, CancellationToken ct) =>
            await Views(db.Initiatives.AsNoTracking().Where(i => i.Id == id)).FirstOrDefaultAsync(ct) is { } v ? v : Error.NotFound("The initiative");

        public async Task<Result<InitiativeView>> GetBySlug(string slug, CancellationToken ct) =>
            await Views(db.Initiatives.AsNoTracking().Where(i => i.Slug == Initiative.NormalizeSlug(slug))).FirstOrDefaultAsync(ct) is { } v ? v : Error.NotFound($"The initiative '{slug}'");
    }
}
