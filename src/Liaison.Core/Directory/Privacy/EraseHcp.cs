using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Privacy;

/// <summary>
/// Erases a person: the HCP record keeps its id (so safety cases and transfers of value stay intact and linked)
/// but its names become a pseudonym and its identifiers go; addresses, affiliations and the search entry are
/// deleted, and so are the references FHIR imports keep to its resources; every capability erases its own personal data (<see cref="IHcpPersonalData"/>); the NPI goes to the
/// erased-NPI ledger as a keyed hash, so a registry re-import does not bring the person back. The writes are
/// set-based so the audit trail records the erasure (who, when, why, what was removed) without the erased values.
/// </summary>
public static class EraseHcp
{
    public sealed record Command([property: Required, StringLength(1000, MinimumLength = 5)] string Reason);

    public sealed record Outcome(Guid HcpId, string Pseudonym, DateTime ErasedAt, IReadOnlyDictionary<string, int> Removed);

    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpPersonalData> sections)
    {
        public async Task<Result<Outcome>> Handle(Guid hcpId, Command c, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(c.Reason)) return Error.Invalid(nameof(c.Reason), "An erasure needs a reason.");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var hcp = await db.Hcps.AsNoTracking().Where(h => h.Id == hcpId).Select(h => new { h.Npi, h.ExternalSystem, h.ExternalId, h.ErasedAt }).FirstOrDefaultAsync(ct);
            if (hcp is null) return Error.NotFound("The HCP");
            if (hcp.ErasedAt is not null) return Error.Conflict("This person was already erased.");
            var removed = new Dictionary<string, int>();
            if (hcp.Npi is { } npi)
            {
                var key = await ErasureKeyAsync(ct);
                var hash = ErasedNpiFilter.Hash(key, npi);
                if (!await db.ErasedNpis.AnyAsync(e => e.NpiHash == hash, ct))
                    db.ErasedNpis.Add(new ErasedNpi { NpiHash = hash, ErasedAt = db.UtcNow });
                // Part D rows of this NPI not yet linked to the record are the same person's.
                removed["prescribing records by NPI"] = await db.PrescribingRecords.Where(r => r.Npi == npi).ExecuteDeleteAsync(ct);
            }
            foreach (var section in sections.OrderBy(s => s.Section, StringComparer.Ordinal))
                removed[section.Section] = await section.EraseAsync(db, hcpId, ct);
            removed["addresses"] = await db.HcpAddresses.Where(a => a.HcpId == hcpId).ExecuteDeleteAsync(ct);
            removed["affiliations"] = await db.Affiliations.Where(a => a.HcpId == hcpId).ExecuteDeleteAsync(ct);
            // What FHIR imports recorded the person's resources under ("Practitioner/123" → the NPI): no reference leads to them.
            removed["import references"] = await ImportReferencesOf(hcp.Npi, hcp.ExternalSystem, hcp.ExternalId).ExecuteDeleteAsync(ct);
            removed["search entry"] = await db.HcpSearchEntries.Where(e => e.HcpId == hcpId).ExecuteDeleteAsync(ct);
            var pseudonym = $"Erased person {Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
            var now = db.UtcNow;
            await db.Hcps.Where(h => h.Id == hcpId).ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Npi, (string?)null).SetProperty(h => h.LastName, "Erased").SetProperty(h => h.FirstName, "")
                .SetProperty(h => h.MiddleName, (string?)null).SetProperty(h => h.NamePrefix, (string?)null)
                .SetProperty(h => h.NameSuffix, (string?)null).SetProperty(h => h.Credentials, (string?)null)
                .SetProperty(h => h.OtherLastName, (string?)null).SetProperty(h => h.OtherFirstName, (string?)null)
                .SetProperty(h => h.Sex, AdministrativeSex.Unknown).SetProperty(h => h.SoleProprietor, (bool?)null)
                .SetProperty(h => h.EnumeratedOn, (DateOnly?)null).SetProperty(h => h.RegistryUpdatedOn, (DateOnly?)null)
                .SetProperty(h => h.ExternalSystem, (string?)null).SetProperty(h => h.ExternalId, (string?)null)
                .SetProperty(h => h.ContentHash, 0L).SetProperty(h => h.ErasedAt, now).SetProperty(h => h.Pseudonym, pseudonym)
                .SetProperty(h => h.UpdatedAt, now).SetProperty(h => h.Version, h => h.Version + 1), ct);
            db.AuditReason = c.Reason.Trim();
            db.AuditAction = "Erase";
            await AuditTrail.RecordAsync(db, [new AuditChange("Hcp", hcpId.ToString(), "Erase", null,
                JsonSerializer.Serialize(new { pseudonym, erasedAt = now, npiToLedger = hcp.Npi is not null, removed }), c.Reason.Trim())], ct);
            await tx.CommitAsync(ct);
            return new Outcome(hcpId, pseudonym, now, removed);
        }

        private IQueryable<ImportReference> ImportReferencesOf(string? npi, string? externalSystem, string? externalId) =>
            db.Set<ImportReference>().Where(r => (npi != null && r.Value == npi && r.System == FhirProviderMapper.NpiSystem)
                || (externalId != null && r.Value == externalId && r.System == externalSystem));

        /// <summary>
        /// The workspace's erasure key (<see cref="ErasedNpiFilter.KeySetting"/>). Created here on first use with a
        /// set-based insert, so its value never enters the audit trail; its creation is audited without it.
        /// </summary>
        private async Task<byte[]> ErasureKeyAsync(CancellationToken ct)
        {
            var existing = await db.WorkspaceSettings.AsNoTracking().Where(s => s.Key == ErasedNpiFilter.KeySetting).Select(s => s.Value).FirstOrDefaultAsync(ct);
            if (existing is not null) return Convert.FromHexString(existing);
            var key = RandomNumberGenerator.GetBytes(32);
            var hex = Convert.ToHexString(key);
            await db.Database.ExecuteSqlAsync($"INSERT INTO workspace_settings (key, value) VALUES ({ErasedNpiFilter.KeySetting}, {hex})", ct);
            await AuditTrail.RecordAsync(db, [new AuditChange("WorkspaceSetting", ErasedNpiFilter.KeySetting, "Insert", null,
                """{"Value":"[redacted]"}""")], ct);
            return key;
        }
    }
}
