using Npgsql;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// A batch's declared affiliations in one statement a step: the keys go as arrays, and each lookup probes the unique
/// index once per key (a LATERAL subquery, as <see cref="FindAsync"/> explains) whatever the statistics say.
/// </summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task<Dictionary<string, Guid>> FindHcpIdsAsync(IReadOnlyCollection<string> npis, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (npis.Count == 0) return found;
        await using var cmd = Command("SELECT k.npi, p.id FROM unnest(@npis) k(npi) CROSS JOIN LATERAL (SELECT id FROM hcps WHERE npi = k.npi LIMIT 1) p");
        cmd.Parameters.AddWithValue("npis", npis.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found[reader.GetString(0)] = reader.GetGuid(1);
        return found;
    }

    public async Task<Dictionary<OrganisationKey, Guid>> FindOrganisationIdsAsync(IReadOnlyCollection<OrganisationKey> keys, CancellationToken ct)
    {
        var found = new Dictionary<OrganisationKey, Guid>();
        var npis = keys.Where(k => k.Npi is not null).Select(k => k.Npi!).ToArray();
        var identified = keys.Where(k => k.Npi is null && k.System is not null).ToList();
        var bare = keys.Where(k => k.Npi is null && k.System is null).Select(k => k.Id!).ToArray();
        var parts = new List<string>();
        if (npis.Length > 0)
            parts.Add("SELECT 0, k.n, NULL, p.id FROM unnest(@npis) k(n) CROSS JOIN LATERAL (SELECT id FROM organisations WHERE npi = k.n LIMIT 1) p");
        if (identified.Count > 0)
            parts.Add("SELECT 1, k.s, k.i, p.id FROM unnest(@systems, @ids) k(s, i) "
                + "CROSS JOIN LATERAL (SELECT id FROM organisations WHERE external_system = k.s AND external_id = k.i LIMIT 1) p");
        // An "Organization/id" reference names an identifier of any system: no index leads with it, so one scan for the batch.
        if (bare.Length > 0)
            parts.Add("(SELECT DISTINCT ON (external_id) 2, NULL, external_id, id FROM organisations WHERE external_id = ANY(@bare) ORDER BY external_id, id)");
        if (parts.Count == 0) return found;
        await using var cmd = Command(string.Join("\nUNION ALL\n", parts));
        if (npis.Length > 0) cmd.Parameters.AddWithValue("npis", npis);
        if (identified.Count > 0)
        {
            cmd.Parameters.AddWithValue("systems", identified.Select(k => k.System!).ToArray());
            cmd.Parameters.AddWithValue("ids", identified.Select(k => k.Id!).ToArray());
        }
        if (bare.Length > 0) cmd.Parameters.AddWithValue("bare", bare);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetInt32(0) switch
            {
                0 => new OrganisationKey(reader.GetString(1), null, null),
                1 => new OrganisationKey(null, reader.GetString(1), reader.GetString(2)),
                _ => new OrganisationKey(null, null, reader.GetString(2)),
            };
            found[key] = reader.GetGuid(3);
        }
        return found;
    }

    public async Task<Dictionary<(Guid Hcp, Guid Organisation), DeclaredAffiliation>> FindDeclaredAffiliationsAsync(
        IReadOnlyCollection<(Guid Hcp, Guid Organisation)> pairs, CancellationToken ct)
    {
        var found = new Dictionary<(Guid, Guid), DeclaredAffiliation>();
        if (pairs.Count == 0) return found;
        await using var cmd = Command("""
            SELECT a.id, a.hcp_id, a.organisation_id, a.role, a.role_code, a.external_id FROM unnest(@hcps, @organisations) k(h, o)
            CROSS JOIN LATERAL (SELECT * FROM hcp_affiliations a WHERE a.hcp_id = k.h AND a.organisation_id = k.o AND a.basis = 'Declared' LIMIT 1) a
            """);
        cmd.Parameters.AddWithValue("hcps", pairs.Select(p => p.Hcp).ToArray());
        cmd.Parameters.AddWithValue("organisations", pairs.Select(p => p.Organisation).ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var link = new DeclaredAffiliation(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2))
            {
                Role = reader.IsDBNull(3) ? null : reader.GetString(3), RoleCode = reader.IsDBNull(4) ? null : reader.GetString(4),
                ExternalId = reader.IsDBNull(5) ? null : reader.GetString(5),
            };
            found[(link.HcpId, link.OrganisationId)] = link;
        }
        return found;
    }

    public Task InsertAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, DirectorySource source, DateTime now, CancellationToken ct) =>
        links.Count == 0 ? Task.CompletedTask : CopyAsync(
            "hcp_affiliations (id, hcp_id, organisation_id, role, role_code, basis, source, external_id, is_primary, created_at)", row =>
            {
                var (basis, from) = (nameof(AffiliationBasis.Declared), source.ToString());
                foreach (var l in links)
                    row.Start().Guid(l.Id).Guid(l.HcpId).Guid(l.OrganisationId).Text(l.Role).Text(l.RoleCode).Text(basis).Text(from)
                        .Text(l.ExternalId).Bool(false).Instant(now);
            }, ct);

    public async Task UpdateAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, CancellationToken ct)
    {
        if (links.Count == 0) return;
        await using var cmd = Command("""
            UPDATE hcp_affiliations a SET role = k.r, role_code = k.c, external_id = k.e
            FROM unnest(@ids, @roles, @codes, @externals) k(id, r, c, e) WHERE a.id = k.id
            """);
        cmd.Parameters.AddWithValue("ids", links.Select(l => l.Id).ToArray());
        cmd.Parameters.AddWithValue("roles", links.Select(l => l.Role).ToArray());
        cmd.Parameters.AddWithValue("codes", links.Select(l => l.RoleCode).ToArray());
        cmd.Parameters.AddWithValue("externals", links.Select(l => l.ExternalId).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task AdoptSpecialtiesAsync(IReadOnlyList<(Guid HcpId, string NuccCode)> adoptions, CancellationToken ct)
    {
        if (adoptions.Count == 0) return;
        await using var cmd = Command($"""
            WITH adopted AS (UPDATE hcps h SET primary_taxonomy_code = k.code FROM unnest(@hcps, @codes, @taxonomies) k(hcp, code, taxonomy)
                             WHERE h.id = k.hcp AND h.primary_taxonomy_code IS NULL RETURNING h.id, k.code, k.taxonomy),
            taxonomy AS (INSERT INTO hcp_taxonomies ({TaxonomyColumns}) SELECT taxonomy, id, code, true, NULL, NULL, 1 FROM adopted),
            entry AS (UPDATE hcp_search_entries e SET specialty = a.code FROM adopted a WHERE e.hcp_id = a.id)
            SELECT count(*) FROM adopted
            """);
        cmd.Parameters.AddWithValue("hcps", adoptions.Select(a => a.HcpId).ToArray());
        cmd.Parameters.AddWithValue("codes", adoptions.Select(a => a.NuccCode).ToArray());
        cmd.Parameters.AddWithValue("taxonomies", adoptions.Select(_ => ImportIds.Next()).ToArray());
        await cmd.ExecuteScalarAsync(ct);
    }
}
