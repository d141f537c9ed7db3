using Liaison.Core.Data;
using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>The latest directory import runs (registry, FHIR, evidence), newest first, with their counts.</summary>
public static class RecentImports
{
    public sealed record Item(Guid Id, string Kind, string FileName, ImportStatus Status, long Imported, long Updated, long Rejected,
        DateTime StartedAt, DateTime? FinishedAt);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<IReadOnlyList<Item>> Handle(int take, CancellationToken ct) =>
            await db.DirectoryImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(take)
                .Select(r => new Item(r.Id, r.Kind, r.FileName, r.Status, r.Imported, r.Updated, r.Rejected, r.StartedAt, r.FinishedAt))
                .ToListAsync(ct);
    }
}
