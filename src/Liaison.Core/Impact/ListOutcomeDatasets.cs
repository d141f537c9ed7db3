using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

public sealed record OutcomeDatasetView(Guid Id, string Name, string Kind, string Source, string? Description, long Rows, int Subjects,
    DateTime ImportedAt);

public static class ListOutcomeDatasets
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<IReadOnlyList<OutcomeDatasetView>> Handle(CancellationToken ct) =>
            await db.OutcomeDatasets.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new OutcomeDatasetView(d.Id, d.Name, d.Kind, d.Source, d.Description, d.Rows, d.Subjects, d.ImportedAt))
                .ToListAsync(ct);
    }
}
