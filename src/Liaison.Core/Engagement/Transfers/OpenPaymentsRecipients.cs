using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>An HCP as an Open Payments covered recipient, described from the directory.</summary>
internal sealed record OpenPaymentsRecipient(string RecipientType, string? Npi, string FirstName, string? MiddleName, string LastName,
    string? Suffix, string? Line1, string? Line2, string? City, string? State, string? Zip, string? Country, string? PrimaryType,
    IReadOnlyList<string> Specialties, IReadOnlyList<string> LicenseStates)
{
    /// <summary>CMS's primary types, from the registered credentials (MD, DO, NP, PA ...).</summary>
    public static (string RecipientType, string? PrimaryType) Classify(string? credentials)
    {
        var words = (credentials ?? "").ToUpperInvariant().Replace(".", "").Split([' ', ',', '/', ';'], StringSplitOptions.RemoveEmptyEntries);
        string? physician = words.Contains("MD") ? "Medical Doctor" : words.Contains("DO") ? "Doctor of Osteopathy"
            : words.Contains("DDS") || words.Contains("DMD") ? "Doctor of Dentistry" : words.Contains("DPM") ? "Doctor of Podiatric Medicine"
            : words.Contains("OD") ? "Doctor of Optometry" : words.Contains("DC") ? "Chiropractor" : null;
        if (physician is not null) return ("Covered Recipient Physician", physician);
        string? practitioner = words.Contains("PA") || words.Contains("PA-C") ? "Physician Assistant"
            : words.Contains("NP") || words.Contains("APRN") || words.Contains("FNP") ? "Nurse Practitioner"
            : words.Contains("CNS") ? "Clinical Nurse Specialist" : words.Contains("CRNA") ? "Certified Registered Nurse Anesthetist"
            : words.Contains("CNM") ? "Certified Nurse-Midwife" : null;
        return practitioner is not null ? ("Covered Recipient Non-Physician Practitioner", practitioner) : ("Covered Recipient Physician", null);
    }
}

internal static class OpenPaymentsRecipients
{
    public static async Task<Dictionary<Guid, OpenPaymentsRecipient>> LoadAsync(LiaisonDbContext db, List<Guid> hcpIds, CancellationToken ct)
    {
        var hcps = await db.Hcps.AsNoTracking().Where(h => hcpIds.Contains(h.Id))
            .Select(h => new { h.Id, h.Npi, h.FirstName, h.MiddleName, h.LastName, h.NameSuffix, h.Credentials }).ToListAsync(ct);
        var addresses = (await db.HcpAddresses.AsNoTracking().Where(a => hcpIds.Contains(a.HcpId)).ToListAsync(ct))
            .GroupBy(a => a.HcpId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Kind == AddressKind.Practice ? 0 : 1).First());
        var codes = await TaxonomyCodes.ReadAsync(db, ct);
        var taxonomies = (await db.HcpTaxonomies.AsNoTracking().Where(t => hcpIds.Contains(t.HcpId))
                .Select(t => new { t.HcpId, t.IsPrimary, t.Ordinal, t.LicenseState, t.Code }).ToListAsync(ct))
            .Select(t => new { t.HcpId, t.IsPrimary, t.Ordinal, t.LicenseState, Code = codes.Find(t.Code) })
            .GroupBy(t => t.HcpId).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.IsPrimary).ThenBy(t => t.Ordinal).ToList());
        return hcps.ToDictionary(h => h.Id, h =>
        {
            var a = addresses.GetValueOrDefault(h.Id);
            var t = taxonomies.GetValueOrDefault(h.Id) ?? [];
            var (recipientType, primaryType) = OpenPaymentsRecipient.Classify(h.Credentials);
            if (primaryType is null && t.Any(x => x.Code?.Grouping == "Allopathic & Osteopathic Physicians")) primaryType = "Medical Doctor";
            var specialties = t.Where(x => x.Code is not null).Select(x => string.Join('|',
                new[] { x.Code!.Grouping, x.Code.Classification, x.Code.Specialization }.Where(s => !string.IsNullOrEmpty(s)))).Distinct().ToList();
            var states = t.Select(x => x.LicenseState).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToList();
            var zip = a?.PostalCode is { Length: 9 } z ? $"{z[..5]}-{z[5..]}" : a?.PostalCode;
            return new OpenPaymentsRecipient(recipientType, h.Npi, h.FirstName, h.MiddleName, h.LastName, h.NameSuffix, a?.Line1,
                a?.Line2, a?.City, a?.State, zip, a is null ? null : a.Country == "US" ? "United States" : a.Country, primaryType,
                specialties, states);
        });
    }
}
