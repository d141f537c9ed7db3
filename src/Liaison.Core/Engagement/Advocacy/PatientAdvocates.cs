using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Advocacy;

/// <summary>Patient-advocacy representatives: listing, reading and adding them (the medical side of the firewall only).</summary>
public static class PatientAdvocates
{
    public sealed record Fields
    {
        [Required, StringLength(200, MinimumLength = 2)] public string Name { get; init; } = "";
        [Required, StringLength(200, MinimumLength = 2)] public string Organisation { get; init; } = "";
        [EmailAddress, StringLength(256)] public string? Email { get; init; }
    }

    public sealed record View(Guid Id, string Name, string Organisation, string? Email, long Version);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<IReadOnlyList<View>>> List(CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            return await db.PatientAdvocates.AsNoTracking().OrderBy(a => a.Organisation).ThenBy(a => a.Name)
                .Select(a => new View(a.Id, a.Name, a.Organisation, a.Email, a.Version)).ToListAsync(ct);
        }

        public async Task<Result<View>> Get(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var advocate = await db.PatientAdvocates.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new View(a.Id, a.Name, a.Organisation, a.Email, a.Version)).FirstOrDefaultAsync(ct);
            return advocate is null ? Error.NotFound("The patient advocate") : advocate;
        }

        public async Task<Result<View>> Add(Fields f, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var name = f.Name.Trim();
            var organisation = f.Organisation.Trim();
            if (await db.PatientAdvocates.AnyAsync(a => a.Name == name && a.Organisation == organisation, ct))
                return Error.Invalid(nameof(f.Name), $"{name} of {organisation} is already listed.");
            var advocate = new PatientAdvocate
            {
                Id = Guid.CreateVersion7(), Name = name, Organisation = organisation,
                Email = string.IsNullOrWhiteSpace(f.Email) ? null : f.Email.Trim(), CreatedAt = db.UtcNow,
            };
            db.PatientAdvocates.Add(advocate);
            await db.SaveChangesAsync(ct);
            return new View(advocate.Id, advocate.Name, advocate.Organisation, advocate.Email, advocate.Version);
        }
    }
}
