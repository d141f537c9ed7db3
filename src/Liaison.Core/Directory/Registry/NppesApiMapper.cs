using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// One provider of an NPI Registry API answer (version 2.1, https://npiregistry.cms.hhs.gov/api/) as the directory's
/// record, with the rules of the NPPES file it is published from (<see cref="NppesRowParser"/>): the NPI check digit,
/// <c>enumeration_type</c> NPI-1 (a person) or NPI-2 (an organisation), dates that exist (the API writes YYYY-MM-DD),
/// US state codes and ZIPs, the names each type requires, the sex code, and values no longer than the directory holds.
/// <c>addresses</c> give the practice location (<c>address_purpose</c> LOCATION) and the mailing address;
/// <c>practiceLocations</c> the secondary practice locations; <c>other_names</c> a former or trade name.
/// A failure names the field as a path within the result (<c>basic.last_name</c>, <c>addresses[0].postal_code</c>).
/// </summary>
public static class NppesApiMapper
{
    public static (ProviderRecord? Record, RowError? Error) Map(JsonElement result, long line)
    {
        try { return (Read(result, line), null); }
        catch (Refused r) { return (null, new RowError(line, r.Field, r.Message)); }
    }

    private static ProviderRecord Read(JsonElement result, long line)
    {
        if (result.ValueKind != JsonValueKind.Object) throw new Refused("(result)", "a result is a JSON object");
        // A NUL is no text a database can hold (PostgreSQL refuses it and the whole import with it): a damaged result.
        if (Common.NulCharacter.InJson(JsonMarshal.GetRawUtf8Value(result))) throw new Refused("(result)", Common.NulCharacter.JsonReason);
        var npi = Text(result, "number", "number", 10) ?? "";
        if (Npi.Problem(npi) is { } bad) throw new Refused("number", bad);
        var record = new ProviderRecord { Line = line, Npi = npi, Source = DirectorySource.Nppes };
        var basic = Object(result, "basic");
        record.EnumeratedOn = Date(basic, "enumeration_date");
        record.RegistryUpdatedOn = Date(basic, "last_updated");
        record.DeactivatedOn = Date(basic, "deactivation_date");
        record.ReactivatedOn = Date(basic, "reactivation_date");
        if (record.ReactivatedOn is not null && record.DeactivatedOn is null)
            throw new Refused("basic.reactivation_date", "a reactivation date needs a deactivation date");
        record.DeactivationReason = Text(basic, "deactivation_reason", "basic.deactivation_reason", DirectoryWidths.DeactivationReason);

        var type = Text(result, "enumeration_type", "enumeration_type", 10);
        record.IsOrganisation = type switch
        {
            "NPI-1" => false,
            "NPI-2" => true,
            null => throw new Refused("enumeration_type", "the enumeration type is missing (expected NPI-1 for a person, NPI-2 for an organisation)"),
            _ => throw new Refused("enumeration_type", $"'{type}' is not an enumeration type (expected NPI-1 for a person, NPI-2 for an organisation)"),
        };
        var other = Objects(result, "other_names").FirstOrDefault();
        if (record.IsOrganisation) Organisation(record, basic, other);
        else Person(record, basic, other);

        foreach (var (address, i) in Objects(result, "addresses").Select((a, i) => (a, i)))
        {
            var purpose = Text(address, "address_purpose", $"addresses[{i}].address_purpose", 20)?.ToUpperInvariant();
            if (purpose == "LOCATION" && record.Practice is null) record.Practice = Address(address, AddressKind.Practice, $"addresses[{i}]");
            else if (purpose == "MAILING" && record.Mailing is null) record.Mailing = Address(address, AddressKind.Mailing, $"addresses[{i}]");
        }
        if (record.Practice is null) throw new Refused("addresses", "the practice location address (address_purpose LOCATION) is missing");
        foreach (var (address, i) in Objects(result, "practiceLocations").Select((a, i) => (a, i)))
            record.OtherAddresses.Add(Address(address, AddressKind.Other, $"practiceLocations[{i}]"));

        foreach (var (t, i) in Objects(result, "taxonomies").Select((t, i) => (t, i)))
        {
            var code = Text(t, "code", $"taxonomies[{i}].code", 10);
            if (code is null) continue;
            if (code.Length != 10) throw new Refused($"taxonomies[{i}].code", $"'{code}' is not a 10-character taxonomy code");
            var primary = t.TryGetProperty("primary", out var p) && (p.ValueKind == JsonValueKind.True || p.ValueKind == JsonValueKind.String && p.GetString() is "Y" or "true");
            var state = Text(t, "state", $"taxonomies[{i}].state", DirectoryWidths.LicenseState);
            record.Taxonomies.Add(new TaxonomyRecord(code, primary, Text(t, "license", $"taxonomies[{i}].license", DirectoryWidths.License), state, i + 1));
        }
        if (record.IsOrganisation) record.OrganisationKind = OrganisationKinds.Of(record.PrimaryTaxonomyCode, record.OrganisationName);
        record.ContentHash = ProviderRecordHash.Compute(record);
        return record;
    }

    private static void Person(ProviderRecord record, JsonElement basic, JsonElement? other)
    {
        const int name = DirectoryWidths.PersonName, affix = DirectoryWidths.NameAffix;
        record.LastName = Text(basic, "last_name", "basic.last_name", name) ?? throw new Refused("basic.last_name", "a person (NPI-1) needs a last name");
        record.FirstName = Text(basic, "first_name", "basic.first_name", name) ?? throw new Refused("basic.first_name", "a person (NPI-1) needs a first name");
        record.MiddleName = Text(basic, "middle_name", "basic.middle_name", name);
        record.NamePrefix = Text(basic, "name_prefix", "basic.name_prefix", affix);
        record.NameSuffix = Text(basic, "name_suffix", "basic.name_suffix", affix);
        record.Credentials = Text(basic, "credential", "basic.credential", DirectoryWidths.Credentials);
        record.SoleProprietor = YesNo(basic, "sole_proprietor");
        // Version 2.1 calls it gender; the registry's file has called it sex since 2024.
        var field = basic.TryGetProperty("sex", out _) ? "sex" : "gender";
        var sex = Text(basic, field, $"basic.{field}", 10);
        record.Sex = sex?.ToUpperInvariant() switch
        {
            null or "U" => AdministrativeSex.Unknown,
            "M" => AdministrativeSex.Male,
            "F" => AdministrativeSex.Female,
            "X" => AdministrativeSex.Other,
            _ => throw new Refused($"basic.{field}", $"'{sex}' is not a sex code (expected M, F, X or U)"),
        };
        if (other is { } o && Text(o, "last_name", "other_names[0].last_name", name) is { } otherLast)
            (record.OtherLastName, record.OtherFirstName) = (otherLast, Text(o, "first_name", "other_names[0].first_name", name));
    }

    private static void Organisation(ProviderRecord record, JsonElement basic, JsonElement? other)
    {
        const int name = DirectoryWidths.OrganisationName;
        record.OrganisationName = Text(basic, "organization_name", "basic.organization_name", name)
            ?? throw new Refused("basic.organization_name", "an organisation (NPI-2) needs its legal business name");
        record.IsSubpart = YesNo(basic, "organizational_subpart");
        record.ParentName = Text(basic, "parent_organization_legal_business_name", "basic.parent_organization_legal_business_name", name);
        if (other is { } o) record.OrganisationOtherName = Text(o, "organization_name", "other_names[0].organization_name", name);
    }

    private static AddressRecord Address(JsonElement a, AddressKind kind, string at)
    {
        var line1 = Text(a, "address_1", $"{at}.address_1", DirectoryWidths.AddressLine) ?? throw new Refused($"{at}.address_1", "the address has no first line");
        var city = Text(a, "city", $"{at}.city", DirectoryWidths.City) ?? throw new Refused($"{at}.city", "the address has no city");
        var country = Text(a, "country_code", $"{at}.country_code", DirectoryWidths.Country)?.ToUpperInvariant() ?? "US";
        var state = Text(a, "state", $"{at}.state", DirectoryWidths.State);
        var postal = Text(a, "postal_code", $"{at}.postal_code", DirectoryWidths.PostalCode);
        if (country == "US")
        {
            if (state is null || !UsStates.IsValid(state)) throw new Refused($"{at}.state", $"'{state}' is not a US state code");
            postal = UsZip.Normalised(postal);
            if (!UsZip.IsValid(postal)) throw new Refused($"{at}.postal_code", $"'{postal}' is not a ZIP code (5 or 9 digits)");
        }
        // The API writes phone numbers 888-408-0200; the registry's file 8884080200.
        string? Phone(string field)
        {
            var phone = Text(a, field, $"{at}.{field}", DirectoryWidths.Phone);
            return country == "US" ? phone?.Replace("-", "", StringComparison.Ordinal) : phone;
        }
        var address = new AddressRecord(kind, line1, Text(a, "address_2", $"{at}.address_2", DirectoryWidths.AddressLine), city, state, postal, country,
            Phone("telephone_number"), Phone("fax_number"));
        return address.Placed();
    }

    private static DateOnly? Date(JsonElement basic, string name)
    {
        var text = Text(basic, name, $"basic.{name}", 30);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso.Year is >= 1900 and <= 2100 ? iso : throw new Refused($"basic.{name}", $"'{text}' is not a registry date: its year is outside 1900–2100");
        if (RegistryDate.TryParse(text, out var registry)) return registry;
        throw new Refused($"basic.{name}", $"'{text}' is not a date in YYYY-MM-DD form");
    }

    private static bool? YesNo(JsonElement basic, string name) => Text(basic, name, $"basic.{name}", 10)?.ToUpperInvariant() switch
    {
        "YES" or "Y" => true,
        "NO" or "N" => false,
        _ => null,
    };

    /// <summary>A text or number value, trimmed; null when missing, null or blank; refused when longer than <paramref name="max"/>.</summary>
    private static string? Text(JsonElement o, string name, string field, int max)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v)) return null;
        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!.Trim(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new Refused(field, $"expected a text value, found {v.ValueKind.ToString().ToLowerInvariant()}"),
        };
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length <= max ? text : throw new Refused(field, $"{text.Length} characters: longer than the {max} this field holds");
    }

    private static JsonElement Object(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : throw new Refused(name, $"the result has no \"{name}\" object");

    private static IEnumerable<JsonElement> Objects(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];

    private sealed class Refused(string field, string reason) : Exception(reason)
    {
        public string Field { get; } = field;
    }
}
