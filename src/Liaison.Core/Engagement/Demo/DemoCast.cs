using Liaison.Core.Data;
using Liaison.Core.Engagement.Advocacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>Who and what the engagement demo works with: the MSLs, products and HCPs by specialty.</summary>
internal sealed record DemoCast(string OncologyMsl, string CardioMsl, string Manager, IReadOnlyDictionary<string, Guid> Products,
    IReadOnlyList<DemoHcp> Oncologists, IReadOnlyList<DemoHcp> Cardiologists, IReadOnlyList<DemoHcp> RareDisease,
    IReadOnlyList<PatientAdvocate> Advocates, DateTime Now)
{
    /// <summary>NUCC codes of oncology specialties (medical, haematology-oncology, surgical, radiation, paediatric).</summary>
    public static readonly string[] OncologyCodes = ["207RX0202X", "207RH0003X", "2086X0206X", "2085R0001X", "2080P0207X"];
    public static readonly string[] CardiologyCodes = ["207RC0000X", "207RI0011X", "207RC0001X"];
    public static readonly string[] RareDiseaseCodes = ["207SG0201X", "2084N0400X", "207RE0101X", "2080P0201X"];

    public static async Task<DemoCast?> LoadAsync(LiaisonDbContext db, CancellationToken ct)
    {
        string? UserId(string email) => db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefault();
        var msl = UserId($"msl@{Core.Demo.DemoUsers.Domain}");
        var msl2 = UserId($"msl2@{Core.Demo.DemoUsers.Domain}");
        var manager = UserId($"manager@{Core.Demo.DemoUsers.Domain}");
        if (msl is null || msl2 is null || manager is null) return null;
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        if (!products.ContainsKey("ONC-101")) return null;
        var hcps = await db.Hcps.AsNoTracking().Where(h => h.Npi != null && h.ErasedAt == null)
            .OrderBy(h => h.Npi).Select(h => new DemoHcp(h.Id, h.Npi!, h.FirstName + " " + h.LastName, h.PrimaryTaxonomyCode))
            .ToListAsync(ct);
        List<DemoHcp> Of(string[] codes) => hcps.Where(h => h.Taxonomy is { } t && codes.Contains(t)).ToList();
        var oncologists = Of(OncologyCodes);
        var cardiologists = Of(CardiologyCodes);
        var rare = Of(RareDiseaseCodes);
        // A directory without those specialties still gets a demo: the others stand in, in a stable order.
        var others = hcps.Except(oncologists).Except(cardiologists).Except(rare).ToList();
        if (oncologists.Count < 40) oncologists.AddRange(others.Take(150 - oncologists.Count));
        if (cardiologists.Count < 20) cardiologists.AddRange(others.Skip(150).Take(60 - cardiologists.Count));
        if (rare.Count < 10) rare.AddRange(others.Skip(210).Take(30 - rare.Count));
        var advocates = await db.PatientAdvocates.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        return new DemoCast(msl, msl2, manager, products, oncologists, cardiologists, rare, advocates, db.UtcNow);
    }
}

internal sealed record DemoHcp(Guid Id, string Npi, string Name, string? Taxonomy);
