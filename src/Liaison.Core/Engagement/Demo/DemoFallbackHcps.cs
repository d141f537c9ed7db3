using Liaison.Core.Data;
using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>
/// A small stand-in directory (oncologists, cardiologists, rare-disease specialists) for a workspace whose
/// directory is empty, so the engagement demo has people to meet. When the directory capability's demo (which runs
/// before this one) has filled the directory, this does nothing.
/// </summary>
internal static class DemoFallbackHcps
{
    private static readonly string[] First = ["Amara", "Ben", "Chloe", "Daniel", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonah",
        "Kavya", "Liam", "Mei", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tara"];
    private static readonly string[] Last = ["Abbott", "Brennan", "Castillo", "Dunmore", "Eklund", "Fairweather", "Galloway", "Hollis",
        "Ivers", "Jansen", "Kowal", "Lindgren", "Marsh", "Nakamura", "Osei", "Prescott", "Quarles", "Rhodes", "Sterling", "Thorne"];
    private static readonly (string City, string State, string Zip)[] Places =
        [("Boston", "MA", "02115"), ("Philadelphia", "PA", "19104"), ("Houston", "TX", "77030"), ("Chicago", "IL", "60611"),
         ("Baltimore", "MD", "21287"), ("Seattle", "WA", "98109")];

    public static async Task EnsureAsync(LiaisonDbContext db, Random random, CancellationToken ct)
    {
        if (await db.Hcps.AnyAsync(ct)) return;
        var specialties = Enumerable.Repeat(DemoCast.OncologyCodes[0], 90).Concat(Enumerable.Repeat(DemoCast.OncologyCodes[1], 30))
            .Concat(Enumerable.Repeat(DemoCast.CardiologyCodes[0], 50)).Concat(Enumerable.Repeat(DemoCast.RareDiseaseCodes[0], 15))
            .Concat(Enumerable.Repeat(DemoCast.RareDiseaseCodes[1], 15)).ToList();
        var now = db.UtcNow;
        for (var k = 0; k < specialties.Count; k++)
        {
            var place = Places[random.Next(Places.Length)];
            var npi = Npi(190_000_000 + k * 37);
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), Npi = npi, FirstName = First[random.Next(First.Length)], LastName = Last[k % Last.Length],
                NamePrefix = "Dr.", Credentials = "MD", Sex = random.Next(2) == 0 ? AdministrativeSex.Female : AdministrativeSex.Male,
                PrimaryTaxonomyCode = specialties[k], Source = DirectorySource.Demo, CreatedAt = now, UpdatedAt = now,
            };
            hcp.Addresses.Add(new HcpAddress
            {
                Id = Guid.CreateVersion7(), Kind = AddressKind.Practice, Line1 = $"{100 + k} Medical Center Drive", City = place.City,
                State = place.State, PostalCode = place.Zip, Country = "US",
            });
            hcp.Taxonomies.Add(new HcpTaxonomy { Id = Guid.CreateVersion7(), Code = specialties[k], IsPrimary = true, LicenseState = place.State, Ordinal = 1 });
            db.Hcps.Add(hcp);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A valid NPI from a 9-digit base: the Luhn check digit over "80840" and the base.</summary>
    internal static string Npi(int nineDigits)
    {
        var body = "80840" + nineDigits.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return nineDigits.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) + ((10 - sum % 10) % 10);
    }
}
