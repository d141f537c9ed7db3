using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>Designs an initiative, or edits its design at the version the designer read.</summary>
public static class SaveInitiative
{
    public sealed class Handler(LiaisonDbContext db, ListInitiatives.Handler reader)
    {
        public async Task<Result<InitiativeView>> Create(InitiativeFields fields, CancellationToken ct)
        {
            var initiative = new Initiative { Id = Guid.CreateVersion7(), CreatedAt = db.UtcNow };
            if (await Apply(initiative, fields, ct) is { } invalid) return invalid;
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync(ct);
            return await reader.Get(initiative.Id, ct);
        }

        public async Task<Result<InitiativeView>> Update(Guid id, ExpectedVersion expectedVersion, InitiativeFields fields, CancellationToken ct)
        {
            var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == id, ct);
            if (initiative is null) return Error.NotFound("The initiative");
            if (db.Expect(initiative, expectedVersion) is { } stale) return stale;
            if (await Apply(initiative, fields, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await reader.Get(id, ct);
        }

        private async Task<Error?> Apply(Initiative i, InitiativeFields f, CancellationToken ct)
        {
            var slug = Initiative.NormalizeSlug(f.Slug);
            if (await db.Initiatives.AnyAsync(o => o.Id != i.Id && o.Slug == slug, ct))
                return Error.Invalid(nameof(f.Slug), $"Another initiative already has the slug {slug}.");
            if (!await db.OutcomeDatasets.AnyAsync(d => d.Id == f.OutcomeDatasetId, ct))
                return Error.Invalid(nameof(f.OutcomeDatasetId), "Choose an imported outcome dataset.");
            if (f.PreMonths + f.PostMonths > Engine.AnalysisWindows.MaxMonths)
                return Error.Invalid(nameof(f.PostMonths), $"The pre and post windows together are at most {Engine.AnalysisWindows.MaxMonths} months.");
            i.Slug = slug;
            i.Name = f.Name.Trim();
            i.Goal = f.Goal.Trim();
            i.TargetKind = f.TargetKind;
            i.Activities = f.Activities?.Trim() ?? "";
            i.OutcomeDatasetId = f.OutcomeDatasetId!.Value;
            i.StartMonth = f.StartMonth;
            i.PreMonths = f.PreMonths;
            i.PostMonths = f.PostMonths;
            i.Design = f.Design;
            i.CategoricalCovariates = string.IsNullOrWhiteSpace(f.CategoricalCovariates) ? null : f.CategoricalCovariates.Trim();
            return null;
        }
    }
}
