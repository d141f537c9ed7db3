using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// Reads of Part D prescribing for other capabilities (the profile, influence, impact analytics): by NPI or HCP,
/// optionally one drug (brand or generic name, case-insensitive), per year.
/// </summary>
public static class PrescribingQueries
{
    public sealed record DrugYear(int Year, string BrandName, string GenericName, int Claims, decimal? Total30DayFills,
        int? DaySupply, decimal? DrugCost, int? Beneficiaries, bool BeneficiariesSuppressed, int? Ge65Claims, string? Ge65SuppressionFlag);

    /// <summary>Prescribing of one NPI, newest year first; <paramref name="drug"/> filters on brand or generic name.</summary>
    public static Task<List<DrugYear>> ByNpiAsync(LiaisonDbContext db, string npi, string? drug, CancellationToken ct) =>
        Project(Filter(db.PrescribingRecords.AsNoTracking().Where(r => r.Npi == npi), drug)).ToListAsync(ct);

    public static Task<List<DrugYear>> ByHcpAsync(LiaisonDbContext db, Guid hcpId, string? drug, CancellationToken ct) =>
        Project(Filter(db.PrescribingRecords.AsNoTracking().Where(r => r.HcpId == hcpId), drug)).ToListAsync(ct);

    /// <summary>Total claims per HCP in that HCP's latest year on file.</summary>
    public static async Task<Dictionary<Guid, (int Year, long Claims)>> LatestYearClaimsAsync(LiaisonDbContext db,
        IReadOnlyCollection<Guid> hcpIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, (int, long)>();
        foreach (var chunk in hcpIds.Chunk(500))
        {
            var rows = await db.PrescribingRecords.AsNoTracking().Where(r => r.HcpId != null && chunk.Contains(r.HcpId.Value))
                .GroupBy(r => new { r.HcpId, r.Year }).Select(g => new { g.Key.HcpId, g.Key.Year, Claims = g.Sum(r => (long)r.TotalClaims) })
                .ToListAsync(ct);
            foreach (var g in rows.GroupBy(r => r.HcpId!.Value))
            {
                var latest = g.MaxBy(r => r.Year)!;
                result[g.Key] = (latest.Year, latest.Claims);
            }
        }
        return result;
    }

    private static IQueryable<PrescribingRecord> Filter(IQueryable<PrescribingRecord> q, string? drug)
    {
        if (string.IsNullOrWhiteSpace(drug)) return q;
        var d = PrescribingRecord.DrugKey(drug.Trim());
        return q.Where(r => r.BrandKey == d || r.GenericKey == d);
    }

    private static IQueryable<DrugYear> Project(IQueryable<PrescribingRecord> q) =>
        q.OrderByDescending(r => r.Year).ThenByDescending(r => r.TotalClaims).ThenBy(r => r.BrandName)
            .Select(r => new DrugYear(r.Year, r.BrandName, r.GenericName, r.TotalClaims, r.Total30DayFills, r.TotalDaySupply,
                r.TotalDrugCost, r.TotalBeneficiaries, r.TotalBeneficiaries == null, r.Ge65TotalClaims, r.Ge65SuppressionFlag));
}
