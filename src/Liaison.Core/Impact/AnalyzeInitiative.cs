using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Impact.Engine;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// Recomputes an initiative's estimate from the raw rows in the workspace: its targets are the treated, its
/// outcome dataset the panel, its windows and design the defaults (a caller may override them).
/// </summary>
public static class AnalyzeInitiative
{
    public sealed class Handler(LiaisonDbContext db, WorkspacePanel workspace)
    {
        public async Task<Result<ImpactResult>> HandleBySlug(string slug, AnalysisOverrides overrides, CancellationToken ct,
            IProgress<string>? progress = null)
        {
            var id = await db.Initiatives.AsNoTracking().Where(i => i.Slug == Initiative.NormalizeSlug(slug)).Select(i => (Guid?)i.Id)
                .FirstOrDefaultAsync(ct);
            return id is { } found ? await Handle(found, overrides, ct, progress) : Error.NotFound($"The initiative '{slug}'");
        }

        public async Task<Result<ImpactResult>> Handle(Guid id, AnalysisOverrides overrides, CancellationToken ct,
            IProgress<string>? progress = null)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var initiative = await db.Initiatives.AsNoTracking().Include(i => i.OutcomeDataset).FirstOrDefaultAsync(i => i.Id == id, ct);
            if (initiative is null) return Error.NotFound("The initiative");
            var dataset = initiative.OutcomeDataset!;
            try
            {
                var categorical = initiative.CategoricalCovariates?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .ToHashSet(StringComparer.Ordinal);
                var options = overrides.ToOptions(initiative, categorical, ImpactNames.ParseOutcome(dataset.Kind) ?? OutcomeKind.General);
                var exposures = await workspace.ExposuresAsync(id, ct);
                var covariates = await workspace.CovariatesAsync(dataset.Id, categorical, ct);
                progress?.Report($"{clock.Elapsed.TotalSeconds,6:F2} s  read {exposures.Count:N0} targets and {covariates.Count:N0} subjects' covariates");
                await using var panel = await workspace.OpenAsync(dataset, id, ct);
                var result = await ImpactEngine.AnalyzeAsync(panel, exposures, covariates, options,
                    ($"targets of {initiative.Slug}", covariates.Count > 0 ? $"covariates of {dataset.Name}" : null), ct, progress);
                return result with { Initiative = new InitiativeRef(initiative.Id, initiative.Slug, initiative.Name, initiative.PublishedResult) };
            }
            catch (ImpactInputException problem)
            {
                return Error.Invalid("analysis", problem.Message);
            }
        }
    }
}
