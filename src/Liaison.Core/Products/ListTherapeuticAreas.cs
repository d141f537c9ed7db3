using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

public static class ListTherapeuticAreas
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public Task<Paged<TherapeuticAreaView>> Handle(bool includeArchived, PageRequest page, CancellationToken ct) =>
            db.TherapeuticAreas.AsNoTracking().Where(a => includeArchived || a.ArchivedAt == null).OrderBy(a => a.Name)
                .Select(TherapeuticAreaView.Projection(db.Products)).ToPageAsync(page, ct);

        public async Task<Result<TherapeuticAreaView>> Get(Guid id, CancellationToken ct) =>
            await db.TherapeuticAreas.AsNoTracking().Where(a => a.Id == id)
                .Select(TherapeuticAreaView.Projection(db.Products)).FirstOrDefaultAsync(ct) is { } view
                ? view
                : Error.NotFound("The therapeutic area");
    }
}
