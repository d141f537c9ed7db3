using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Writes a batch's declared affiliations (FHIR PractitionerRoles, the demo's links) set-based: the practitioners, the
/// organisations and the pairs' existing links are each looked up once for the whole batch, specialties adopted and
/// links inserted and changed in one go each. The outcome is the one of writing the links one by one in order: a link
/// whose practitioner or organisation the directory lacks is rejected by its line; a pair given again (in the batch or
/// by an earlier one) is unchanged when its role is the same, else updated to the later role; an HCP without a specialty
/// takes the first NUCC code of its first role that has one.
/// </summary>
internal static class AffiliationUpsert
{
    public static async Task WriteAsync(IDirectoryStore store, IReadOnlyList<AffiliationRecord> links, BatchCounts counts, DateTime now,
        DirectorySource source, CancellationToken ct)
    {
        if (links.Count == 0) return;
        var hcps = await store.FindHcpIdsAsync(links.Select(l => l.PractitionerNpi).OfType<string>().ToHashSet(StringComparer.Ordinal), ct);
        var organisations = await store.FindOrganisationIdsAsync(links.Select(OrganisationKey.Of).OfType<OrganisationKey>().ToHashSet(), ct);

        var accepted = new List<(AffiliationRecord Link, Guid Hcp, Guid Organisation)>();
        foreach (var link in links)
        {
            if (link.PractitionerNpi is not { } npi || !hcps.TryGetValue(npi, out var hcp))
                BatchUpsert.Reject(counts, new RowError(link.Line, link.Column, link.PractitionerNpi is { } unknown ? $"practitioner NPI {unknown} is not in the directory"
                    : $"practitioner {link.PractitionerReference} is not among the practitioners of the file, the run or earlier imports and the role gives no NPI"));
            else if (OrganisationKey.Of(link) is not { } key || !organisations.TryGetValue(key, out var organisation))
                BatchUpsert.Reject(counts, new RowError(link.Line, link.Column,
                    $"organisation {link.OrganisationNpi ?? link.OrganisationId ?? link.OrganisationReference} is not in the directory"));
            else accepted.Add((link, hcp, organisation));
        }

        // The practitioner's specialty, when nothing else gave it one (NUCC codes are ten characters).
        await store.AdoptSpecialtiesAsync(accepted
            .Select(a => (HcpId: a.Hcp, NuccCode: a.Link.SpecialtyCodes.FirstOrDefault(c => c.Length == 10)!))
            .Where(a => a.NuccCode is not null).DistinctBy(a => a.HcpId).ToList(), ct);

        var current = await store.FindDeclaredAffiliationsAsync(accepted.Select(a => (a.Hcp, a.Organisation)).ToHashSet(), ct);
        var inserts = new Dictionary<(Guid, Guid), DeclaredAffiliation>();
        var updates = new Dictionary<(Guid, Guid), DeclaredAffiliation>();
        foreach (var (link, hcp, organisation) in accepted)
        {
            var pair = (hcp, organisation);
            if (!current.TryGetValue(pair, out var existing))
            {
                current[pair] = inserts[pair] = new DeclaredAffiliation(ImportIds.Next(), hcp, organisation)
                    { Role = link.Role, RoleCode = link.RoleCode, ExternalId = link.ExternalId };
                counts.Imported++;
            }
            else if (existing.Role == link.Role && existing.RoleCode == link.RoleCode) counts.Unchanged++;
            else
            {
                (existing.Role, existing.RoleCode, existing.ExternalId) = (link.Role, link.RoleCode, link.ExternalId);
                // A link inserted by this batch is inserted as it ends up.
                if (!inserts.ContainsKey(pair)) updates[pair] = existing;
                counts.Updated++;
            }
        }
        await store.InsertAffiliationsAsync(inserts.Values.ToList(), source, now, ct);
        await store.UpdateAffiliationsAsync(updates.Values.ToList(), ct);
    }
}

/// <summary>
/// How a role names its organisation: by NPI, by identifier system and value, or by a bare id (an "Organization/id"
/// reference: any system).
/// </summary>
internal readonly record struct OrganisationKey(string? Npi, string? System, string? Id)
{
    /// <summary>The key of a link's organisation; null when the link gives nothing to look it up by.</summary>
    public static OrganisationKey? Of(AffiliationRecord link) =>
        link.OrganisationNpi is { } npi ? new(npi, null, null)
        : link.OrganisationId is { } id ? new(null, link.OrganisationSystem, id)
        : null;
}

/// <summary>A declared affiliation as the import writes it.</summary>
internal sealed class DeclaredAffiliation(Guid id, Guid hcpId, Guid organisationId)
{
    public Guid Id => id;
    public Guid HcpId => hcpId;
    public Guid OrganisationId => organisationId;
    public string? Role { get; set; }
    public string? RoleCode { get; set; }
    public string? ExternalId { get; set; }
}
