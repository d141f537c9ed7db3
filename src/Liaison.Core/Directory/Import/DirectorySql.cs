namespace Liaison.Core.Directory.Import;

/// <summary>The column lists the import writes, shared by the SQLite and PostgreSQL stores (same model, same order).</summary>
internal static class DirectorySql
{
    public const string HcpColumns = "npi, last_name, first_name, middle_name, name_prefix, name_suffix, credentials, other_last_name, "
        + "other_first_name, sex, sole_proprietor, enumerated_on, registry_updated_on, deactivated_on, deactivation_reason, "
        + "reactivated_on, primary_taxonomy_code, source, external_system, external_id, content_hash, updated_at";
    public const string OrganisationColumns = "npi, name, other_name, kind, primary_taxonomy_code, is_subpart, parent_name, "
        + "enumerated_on, registry_updated_on, deactivated_on, deactivation_reason, reactivated_on, source, external_system, "
        + "external_id, search_name, content_hash, updated_at";
    public const string AddressColumns = "id, {0}, kind, line1, line2, city, state, postal_code, country, phone, fax, latitude, longitude";
    public const string TaxonomyColumns = "id, hcp_id, code, is_primary, license_number, license_state, ordinal";
    public const string SearchColumns = "names, sort_name, last_name_key, specialty, state, city, zip5, latitude, longitude, is_active";

    public static int Count(string columns) => columns.Split(',').Length;

    /// <summary>"?1, ?2, ..., ?n" from <paramref name="first"/>.</summary>
    public static string Parameters(int n, int first = 1) => string.Join(", ", Enumerable.Range(first, n).Select(i => $"?{i}"));

    /// <summary>"a = ?1, b = ?2, ..." for an UPDATE.</summary>
    public static string Assignments(string columns, int first = 1) =>
        string.Join(", ", columns.Split(',').Select((c, i) => $"{c.Trim()} = ?{first + i}"));

    /// <summary>Normalised "first line|ZIP5" of a practice location, matching HCPs to organisations at the same place.</summary>
    public static string? LocationKey(Registry.AddressRecord? a) =>
        a?.Zip5 is { } zip ? $"{Registry.NameText.Normalise(a.Line1)}|{zip}" : null;
}
