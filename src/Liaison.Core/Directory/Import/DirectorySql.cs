using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The rows the import writes, shared by the SQLite and PostgreSQL stores: each table's column list and the values in
/// that order, written through an engine's <see cref="IRowWriter{TSelf}"/> (a bound statement, a COPY row).
/// </summary>
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

    /// <summary>The addresses table of HCPs or of organisations, and its owner column.</summary>
    public static (string Table, string Owner) AddressTableOf(bool organisations) =>
        organisations ? ("organisation_addresses", "organisation_id") : ("hcp_addresses", "hcp_id");

    /// <summary>The address columns of an owner's table (organisation addresses add their location key).</summary>
    public static string AddressColumnsOf(bool organisations) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, AddressColumns, AddressTableOf(organisations).Owner)
        + (organisations ? ", location_key" : "");

    /// <summary>Normalised "first line|ZIP5" of a practice location, matching HCPs to organisations at the same place.</summary>
    public static string? LocationKey(AddressRecord? a) =>
        a?.Zip5 is { } zip ? $"{NameText.Normalise(a.Line1)}|{zip}" : null;

    /// <summary>The values of <see cref="HcpColumns"/> or <see cref="OrganisationColumns"/>.</summary>
    public static T ProviderRow<T>(T w, ProviderRecord r, bool organisations, DateTime now) where T : IRowWriter<T>
    {
        if (organisations)
            return w.Text(r.Npi).Text(r.OrganisationName).Text(r.OrganisationOtherName).Text(r.OrganisationKind.ToString())
                .Text(r.PrimaryTaxonomyCode).Bool(r.IsSubpart).Text(r.ParentName).Date(r.EnumeratedOn).Date(r.RegistryUpdatedOn)
                .Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn).Text(r.Source.ToString())
                .Text(r.ExternalSystem).Text(r.ExternalId).Text(NameText.Normalise(r.OrganisationName)).Int(r.ContentHash).Instant(now);
        return w.Text(r.Npi).Text(r.LastName).Text(r.FirstName).Text(r.MiddleName).Text(r.NamePrefix).Text(r.NameSuffix)
            .Text(r.Credentials).Text(r.OtherLastName).Text(r.OtherFirstName).Text(r.Sex.ToString()).Bool(r.SoleProprietor)
            .Date(r.EnumeratedOn).Date(r.RegistryUpdatedOn).Date(r.DeactivatedOn).Text(r.DeactivationReason).Date(r.ReactivatedOn)
            .Text(r.PrimaryTaxonomyCode).Text(r.Source.ToString()).Text(r.ExternalSystem).Text(r.ExternalId).Int(r.ContentHash)
            .Instant(now);
    }

    /// <summary>The values of <see cref="AddressColumnsOf"/>, with a new id.</summary>
    public static T AddressRow<T>(T w, Guid owner, AddressRecord a, bool organisations) where T : IRowWriter<T>
    {
        w.Guid(ImportIds.Next()).Guid(owner).Text(a.Kind.ToString()).Text(a.Line1).Text(a.Line2).Text(a.City).Text(a.State)
            .Text(a.PostalCode).Text(a.Country).Text(a.Phone).Text(a.Fax).Real(a.Latitude).Real(a.Longitude);
        return organisations ? w.Text(a.Kind == AddressKind.Practice ? LocationKey(a) : null) : w;
    }

    /// <summary>The values of <see cref="TaxonomyColumns"/>, with a new id.</summary>
    public static T TaxonomyRow<T>(T w, Guid hcp, TaxonomyRecord t, bool isPrimary) where T : IRowWriter<T> =>
        w.Guid(ImportIds.Next()).Guid(hcp).Text(t.Code).Bool(isPrimary).Text(t.LicenseNumber).Text(t.LicenseState).Int32(t.Ordinal);

    /// <summary>The values of <see cref="SearchColumns"/> followed by the HCP's id.</summary>
    public static T SearchRow<T>(T w, Guid hcp, SearchEntryValues e) where T : IRowWriter<T> =>
        w.Text(e.Names).Text(e.SortName).Text(e.LastNameKey).Text(e.Specialty).Text(e.State).Text(e.City).Text(e.Zip5)
            .Real(e.Latitude).Real(e.Longitude).Bool(e.IsActive).Guid(hcp);
}

/// <summary>Where an engine puts one row's values, in column order.</summary>
internal interface IRowWriter<out TSelf> where TSelf : IRowWriter<TSelf>
{
    TSelf Text(string? value);
    TSelf Guid(Guid value);
    TSelf Int(long value);
    TSelf Int32(int value);
    TSelf Bool(bool? value);
    TSelf Real(double? value);
    TSelf Date(DateOnly? value);
    TSelf Instant(DateTime value);
}
