using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

/// <summary>Creates, edits, archives and restores therapeutic areas.</summary>
public static class SaveTherapeuticArea
{
    public sealed class Handler(LiaisonDbContext db)
    {
        private ListTherapeuticAreas.Handler Reader => new(db);

        public async Task<Result<TherapeuticAreaView>> Create(TherapeuticAreaFields fields, CancellationToken ct)
        {
            var area = new TherapeuticArea { Id = Guid.CreateVersion7() };
            if (await Apply(area, fields, ct) is { } invalid) return invalid;
            db.TherapeuticAreas.Add(area);
            await db.SaveChangesAsync(ct);
            return await Reader.Get(area.Id, ct);
        }

        public async Task<Result<TherapeuticAreaView>> Update(Guid id, ExpectedVersion expectedVersion, TherapeuticAreaFields fields,
            CancellationToken ct)
        {
            var area = await db.TherapeuticAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (area is null) return Error.NotFound("The therapeutic area");
            if (db.Expect(area, expectedVersion) is { } stale) return stale;
            if (await Apply(area, fields, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await Reader.Get(id, ct);
        }

        public async Task<Result<TherapeuticAreaView>> Archive(Guid id, ExpectedVersion expectedVersion, bool archived, CancellationToken ct)
        {
            var area = await db.TherapeuticAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (area is null) return Error.NotFound("The therapeutic area");
            if (db.Expect(area, expectedVersion) is { } stale) return stale;
            if (archived && await db.Products.AnyAsync(p => p.TherapeuticAreaId == id && p.ArchivedAt == null, ct))
                return Error.Conflict("This therapeutic area still has active products; archive or move them first.");
            if ((area.ArchivedAt is not null) != archived)
            {
                area.ArchivedAt = archived ? db.UtcNow : null;
                if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            }
            return await Reader.Get(id, ct);
        }

        private async Task<Error?> Apply(TherapeuticArea area, TherapeuticAreaFields f, CancellationToken ct)
        {
            var code = f.Code.Trim().ToUpperInvariant();
            var name = f.Name.Trim();
            if (await db.TherapeuticAreas.AnyAsync(a => a.Id != area.Id && a.Code == code, ct))
                return Error.Invalid(nameof(f.Code), $"Another therapeutic area already has the code {code}.");
            var upper = name.ToUpperInvariant();
            if (await db.TherapeuticAreas.AnyAsync(a => a.Id != area.Id && a.Name.ToUpper() == upper, ct))
                return Error.Invalid(nameof(f.Name), $"Another therapeutic area is already named {name}.");
            area.Code = code;
            area.Name = name;
            area.Description = string.IsNullOrWhiteSpace(f.Description) ? null : f.Description.Trim();
            return null;
        }
    }
}
