using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Privacy;

/// <summary>
/// Everything the workspace holds about one person (a data-subject access export): the directory record with its
/// addresses, specialties and affiliations, then every capability's section through <see cref="IHcpPersonalData"/>,
/// and the audit trail's entries about the record.
/// </summary>
public static class ExportHcpData
{
    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpPersonalData> sections, TaxonomyCodes taxonomy)
    {
        public async Task<Result<Dictionary<string, object?>>> Handle(Guid hcpId, CancellationToken ct)
        {
            var hcp = await db.Hcps.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hcpId, ct);
            if (hcp is null) return Error.NotFound("The HCP");
            var codes = await taxonomy.CurrentAsync(db, ct);
            var export = new Dictionary<string, object?>
            {
                ["exportedAt"] = db.UtcNow,
                ["identity"] = new
                {
                    hcp.Id, hcp.Npi, hcp.NamePrefix, hcp.FirstName, hcp.MiddleName, hcp.LastName, hcp.NameSuffix, hcp.Credentials,
                    hcp.OtherFirstName, hcp.OtherLastName, hcp.Sex, hcp.SoleProprietor, hcp.EnumeratedOn, hcp.RegistryUpdatedOn,
                    hcp.DeactivatedOn, hcp.DeactivationReason, hcp.ReactivatedOn, hcp.PrimaryTaxonomyCode, hcp.Source, hcp.ExternalSystem,
                    hcp.ExternalId, hcp.CreatedAt, hcp.UpdatedAt, hcp.ErasedAt, hcp.Pseudonym,
                },
                ["addresses"] = await db.HcpAddresses.AsNoTracking().Where(a => a.HcpId == hcpId)
                    .Select(a => new { a.Kind, a.Line1, a.Line2, a.City, a.State, a.PostalCode, a.Country, a.Phone, a.Fax }).ToListAsync(ct),
                ["specialties"] = (await db.HcpTaxonomies.AsNoTracking().Where(t => t.HcpId == hcpId).OrderBy(t => t.Ordinal)
                        .Select(t => new { t.Code, t.IsPrimary, t.LicenseNumber, t.LicenseState }).ToListAsync(ct))
                    .Select(t => new { t.Code, specialty = codes.Find(t.Code)?.DisplayName, t.IsPrimary, t.LicenseNumber, t.LicenseState }).ToList(),
                ["affiliations"] = await db.Affiliations.AsNoTracking().Where(a => a.HcpId == hcpId)
                    .Select(a => new { organisation = a.Organisation!.Name, a.Role, a.Basis, a.Source, a.IsPrimary, a.StartedOn, a.EndedOn }).ToListAsync(ct),
            };
            // The trail's entries about the person: the record itself and the rows that hang off it.
            var keys = new List<Guid> { hcpId };
            foreach (var section in sections.OrderBy(s => s.Section, StringComparer.Ordinal))
            {
                export[section.Section] = await section.ExportAsync(db, hcpId, ct);
                keys.AddRange(await section.RecordIdsAsync(db, hcpId, ct));
            }
            keys.AddRange(await db.Consents.Where(c => c.HcpId == hcpId).Select(c => c.Id).ToListAsync(ct));
            keys.AddRange(await db.EvidenceLinks.Where(l => l.HcpId == hcpId).Select(l => l.Id).ToListAsync(ct));
            keys.AddRange(await db.TerritoryAssignments.Where(a => a.HcpId == hcpId).Select(a => a.Id).ToListAsync(ct));
            keys.AddRange(await db.DataChangeRequests.Where(r => r.HcpId == hcpId || r.DuplicateHcpId == hcpId).Select(r => r.Id).ToListAsync(ct));
            keys.AddRange(await db.Affiliations.Where(a => a.HcpId == hcpId).Select(a => a.Id).ToListAsync(ct));
            var key = keys.Select(k => k.ToString()).ToList();
            export["auditTrail"] = await db.AuditEntries.AsNoTracking().Where(e => key.Contains(e.EntityKey))
                .OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.At, e.Actor, e.Entity, e.Action, e.Reason, e.OldValues, e.NewValues })
                .ToListAsync(ct);
            return export;
        }
    }
}
