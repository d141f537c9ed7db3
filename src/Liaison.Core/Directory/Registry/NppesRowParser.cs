using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Turns one NPPES row into a <see cref="ProviderRecord"/>, or says why it cannot be imported: the first rule the
/// row breaks, with its column name. Rules: the NPI check digit, field widths, the entity type, MM/DD/YYYY dates that exist,
/// US state codes, 5- or 9-digit ZIPs (ZIP+4 also with its hyphen), the fields each entity type requires, the sex code and the primary
/// taxonomy switch.
/// </summary>
public sealed class NppesRowParser(NppesLayout layout)
{
    private readonly (int Column, int Max)[] _widths = NppesFieldWidths.Of(layout);

    public NppesLayout Layout => layout;

    public (ProviderRecord? Record, RowError? Error) Parse(SepReader.Row row, long line)
    {
        if (!Common.CsvRowShape.Fits(row, layout.ColumnCount))
            return (null, new RowError(line, "(row)", $"the row has {row.ColCount} columns; the header has {layout.ColumnCount}"));
        var fail = new Failure(layout, line);
        // A NUL is no text a database can hold (PostgreSQL refuses it and the whole import with it): a damaged row.
        if (Common.NulCharacter.In(row.Span))
            for (var i = 0; i < layout.ColumnCount; i++)
                if (Common.NulCharacter.In(row[i].Span)) return fail.At(i, Common.NulCharacter.Reason);

        var npi = Field(row, layout.Npi);
        if (Registry.Npi.Problem(npi) is { } npiProblem) return fail.At(layout.Npi, npiProblem);
        var record = new ProviderRecord { Line = line, Npi = npi.ToString(), Source = DirectorySource.Nppes };
        foreach (var (column, max) in _widths)
            if (Field(row, column).Length > max) return fail.At(column, $"{Field(row, column).Length} characters: longer than the {max} this field holds");

        if (!Date(row, layout.EnumerationDate, out var enumerated)) return fail.Date(row, layout.EnumerationDate);
        if (!Date(row, layout.LastUpdateDate, out var updated)) return fail.Date(row, layout.LastUpdateDate);
        if (!Date(row, layout.DeactivationDate, out var deactivated)) return fail.Date(row, layout.DeactivationDate);
        if (!Date(row, layout.ReactivationDate, out var reactivated)) return fail.Date(row, layout.ReactivationDate);
        if (layout.CertificationDate >= 0 && !Date(row, layout.CertificationDate, out _)) return fail.Date(row, layout.CertificationDate);
        if (reactivated is not null && deactivated is null)
            return fail.At(layout.ReactivationDate, "a reactivation date needs a deactivation date");
        record.EnumeratedOn = enumerated;
        record.RegistryUpdatedOn = updated;
        record.DeactivatedOn = deactivated;
        record.ReactivatedOn = reactivated;
        record.DeactivationReason = Text(row, layout.DeactivationReason);

        var entityType = Field(row, layout.EntityType);
        if (entityType.IsEmpty)
        {
            // The monthly file lists a deactivated NPI with nothing but its deactivation.
            if (deactivated is null) return fail.At(layout.EntityType, "the entity type is missing (expected 1 or 2)");
            record.DeactivationOnly = true;
            return (WithHash(record), null);
        }
        if (entityType is not "1" and not "2")
            return fail.At(layout.EntityType, $"'{entityType}' is not an entity type (expected 1 for a person, 2 for an organisation)");
        record.IsOrganisation = entityType is "2";

        if (record.IsOrganisation)
        {
            record.OrganisationName = Text(row, layout.OrganisationName) ?? "";
            if (record.OrganisationName.Length == 0) return fail.At(layout.OrganisationName, "an organisation (entity type 2) needs its legal business name");
            record.OrganisationOtherName = Text(row, layout.OtherOrganisationName);
            record.IsSubpart = Flag(row, layout.OrganisationSubpart);
            record.ParentName = Text(row, layout.ParentOrganisationName);
        }
        else
        {
            record.LastName = Text(row, layout.LastName) ?? "";
            if (record.LastName.Length == 0) return fail.At(layout.LastName, "a person (entity type 1) needs a last name");
            record.FirstName = Text(row, layout.FirstName) ?? "";
            if (record.FirstName.Length == 0) return fail.At(layout.FirstName, "a person (entity type 1) needs a first name");
            record.MiddleName = Text(row, layout.MiddleName);
            record.NamePrefix = Text(row, layout.NamePrefix);
            record.NameSuffix = Text(row, layout.NameSuffix);
            record.Credentials = Text(row, layout.Credential);
            record.OtherLastName = Text(row, layout.OtherLastName);
            record.OtherFirstName = Text(row, layout.OtherFirstName);
            record.SoleProprietor = Flag(row, layout.SoleProprietor);
            var sex = Field(row, layout.Sex);
            AdministrativeSex? parsed = sex switch
            {
                "" or "U" => AdministrativeSex.Unknown,
                "M" => AdministrativeSex.Male,
                "F" => AdministrativeSex.Female,
                "X" => AdministrativeSex.Other,
                _ => null,
            };
            if (parsed is null) return fail.At(layout.Sex, $"'{sex}' is not a sex code (expected M, F, X or U)");
            record.Sex = parsed.Value;
        }

        var (practice, practiceError) = NppesAddressRule.Read(row, layout.Practice, AddressKind.Practice, layout.Header, line, required: true);
        if (practiceError is not null) return (null, practiceError);
        var (mailing, mailingError) = NppesAddressRule.Read(row, layout.Mailing, AddressKind.Mailing, layout.Header, line, required: false);
        if (mailingError is not null) return (null, mailingError);
        record.Practice = practice;
        record.Mailing = mailing;
        // The npidata file gives no secondary practice locations (its pl_pfile does): an update keeps those stored.
        record.KeepsSecondaryLocations = true;

        foreach (var t in layout.Taxonomies)
        {
            var code = Field(row, t.Code);
            if (code.IsEmpty) continue;
            if (code.Length != 10) return fail.At(t.Code, $"'{code}' is not a 10-character taxonomy code");
            var primary = t.PrimarySwitch >= 0 ? Field(row, t.PrimarySwitch) : default;
            if (primary is not ("" or "Y" or "N" or "X"))
                return fail.At(t.PrimarySwitch, $"'{primary}' is not a primary taxonomy switch (expected Y, N or X)");
            var licenseState = t.LicenseState >= 0 ? Field(row, t.LicenseState) : default;
            record.Taxonomies.Add(new TaxonomyRecord(code.ToString(), primary is "Y", Text(row, t.License),
                licenseState.IsEmpty ? null : licenseState.ToString(), t.Slot));
        }
        if (record.IsOrganisation) record.OrganisationKind = OrganisationKinds.Of(record.PrimaryTaxonomyCode, record.OrganisationName);
        return (WithHash(record), null);
    }

    private static ProviderRecord WithHash(ProviderRecord r)
    {
        r.ContentHash = ProviderRecordHash.Compute(r);
        return r;
    }

    private static ReadOnlySpan<char> Field(SepReader.Row row, int index) => index < 0 ? default : row[index].Span.Trim();

    private static string? Text(SepReader.Row row, int index)
    {
        var span = Field(row, index);
        return span.IsEmpty ? null : span.ToString();
    }

    private static bool? Flag(SepReader.Row row, int index) => Field(row, index) switch
    {
        "Y" => true,
        "N" => false,
        _ => null,
    };

    private static bool Date(SepReader.Row row, int index, out DateOnly? date)
    {
        date = null;
        var span = Field(row, index);
        if (span.IsEmpty) return true;
        if (!RegistryDate.TryParse(span, out var d)) return false;
        date = d;
        return true;
    }

    private readonly struct Failure(NppesLayout layout, long line)
    {
        public (ProviderRecord? Record, RowError? Error) At(int column, string reason) => (null, new RowError(line, layout.Header[column], reason));

        public (ProviderRecord? Record, RowError? Error) Date(SepReader.Row row, int column) =>
            At(column, RegistryDate.Problem(row[column].Span.Trim()));
    }
}
