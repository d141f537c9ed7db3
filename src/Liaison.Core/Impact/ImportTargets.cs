using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Impact.Engine;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// Replaces an initiative's whole target list with the subjects of an exposures file (<c>subject_id,exposed_on</c>),
/// including any taken from events' attendance (<see cref="ExposuresFromEvents"/>), whose event links are dropped.
/// </summary>
public static class ImportTargets
{
    public sealed record Report(string Initiative, int Targets);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Report>> ImportCsvAsync(string slug, string exposuresPath, CancellationToken ct)
        {
            IReadOnlyList<Exposure> exposures;
            try { exposures = ExposureFile.Read(exposuresPath); }
            catch (ImpactInputException problem) { return Error.Invalid("file", problem.Message); }
            return await ReplaceAsync(slug, exposures, "csv", ct);
        }

        public async Task<Result<Report>> ReplaceAsync(string slug, IReadOnlyList<Exposure> exposures, string source, CancellationToken ct)
        {
            var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == Initiative.NormalizeSlug(slug), ct);
            if (initiative is null) return Error.NotFound($"The initiative '{slug}'");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.InitiativeTargets.Where(t => t.InitiativeId == initiative.Id).ExecuteDeleteAsync(ct);
            var links = await db.InitiativeExposureEvents.Where(x => x.InitiativeId == initiative.Id).ToListAsync(ct);
            if (links.Count > 0)
            {
                db.InitiativeExposureEvents.RemoveRange(links);
                await db.SaveChangesAsync(ct);
            }
            await BulkRows.TargetsAsync(db, exposures.Select(e => new InitiativeTarget
                { InitiativeId = initiative.Id, SubjectId = e.SubjectId, ExposedOn = e.ExposedOn, Source = source }), ct);
            await AuditTrail.RecordAsync(db, [new AuditChange(nameof(InitiativeTarget), initiative.Id.ToString(), "Import", null,
                $"{{\"initiative\":\"{initiative.Slug}\",\"targets\":{exposures.Count},\"source\":\"{source}\"}}")], ct);
            await tx.CommitAsync(ct);
            return new Report(initiative.Slug, exposures.Count);
        }
    }
}
