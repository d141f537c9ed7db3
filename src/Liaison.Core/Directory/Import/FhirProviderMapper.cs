using Hl7.Fhir.Model;
using Liaison.Core.Directory.Registry;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Maps FHIR R4 resources to the directory's records with the NPPES rules: a valid NPI (identifier system
/// http://hl7.org/fhir/sid/us-npi, Luhn-checked), US state codes and ZIPs, a two-letter country, a name. FHIR sets no
/// lengths, so values are cut to the directory's columns.
/// </summary>
public static class FhirProviderMapper
{
    public const string NpiSystem = "http://hl7.org/fhir/sid/us-npi";
    public const string NuccSystem = "http://nucc.org/provider-taxonomy";
    /// <summary>The NPI's OID, which HL7 v3-derived and older FHIR feeds use as the identifier system.</summary>
    public const string NpiOid = "urn:oid:2.16.840.1.113883.4.6";

    private static bool IsNpi(Identifier? i) => i?.System?.Trim().TrimEnd('/') is NpiSystem or NpiOid && !string.IsNullOrWhiteSpace(i.Value);

    private static string? NpiOf(IEnumerable<Identifier> identifiers) => identifiers.FirstOrDefault(IsNpi)?.Value?.Trim();

    public static (ProviderRecord? Record, RowError? Error) Map(Practitioner p, long line)
    {
        RowError Fail(string column, string reason) => new(line, $"Practitioner.{column}", reason);
        var npi = NpiOf(p.Identifier);
        if (npi is null) return (null, Fail("identifier", $"no NPI (an identifier with system {NpiSystem})"));
        if (Npi.Problem(npi) is { } problem) return (null, Fail("identifier", problem));
        // The official name, else the usual one; a former (old) name or a nickname only when there is nothing else.
        var name = p.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? p.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Usual)
            ?? p.Name.FirstOrDefault(n => n.Use is not (HumanName.NameUse.Old or HumanName.NameUse.Nickname)) ?? p.Name.FirstOrDefault();
        var given = name?.Given.Where(g => !string.IsNullOrWhiteSpace(g)).ToList() ?? [];
        // A name given only as text (family and given are optional in FHIR) is read from the text.
        var fromText = string.IsNullOrWhiteSpace(name?.Family) || given.Count == 0 ? FhirNameText.Parse(name?.Text) : null;
        if (fromText is null && string.IsNullOrWhiteSpace(name?.Family))
            return (null, Fail("name.family", "a practitioner needs a family name (or a name.text of at least two words)"));
        // HumanName.given is optional (0..*): a family name alone is a name, kept with an empty first name.
        var first = fromText?.Given ?? (given.Count > 0 ? given[0]!.Trim() : "");
        var record = new ProviderRecord
        {
            Line = line, Npi = npi, Source = DirectorySource.Fhir,
            LastName = Cut(fromText?.Family ?? name!.Family!.Trim(), DirectoryWidths.PersonName)!, FirstName = Cut(first, DirectoryWidths.PersonName)!,
            MiddleName = Cut(fromText is not null ? fromText.Middle : given.Count > 1 ? string.Join(' ', given.Skip(1)) : null, DirectoryWidths.PersonName),
            NamePrefix = Cut(name?.Prefix.FirstOrDefault() ?? fromText?.Prefix, DirectoryWidths.NameAffix), NameSuffix = Cut(name?.Suffix.FirstOrDefault() ?? fromText?.Suffix, DirectoryWidths.NameAffix),
            Credentials = Cut(string.Join(", ", p.Qualification.Select(q => q.Code?.Text ?? q.Code?.Coding.FirstOrDefault()?.Code).Where(c => c is not null)) is { Length: > 0 } c ? c : null, DirectoryWidths.Credentials),
            Sex = p.Gender switch
            {
                AdministrativeGender.Female => AdministrativeSex.Female,
                AdministrativeGender.Male => AdministrativeSex.Male,
                AdministrativeGender.Other => AdministrativeSex.Other,
                _ => AdministrativeSex.Unknown,
            },
        };
        var phone = p.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value;
        // Home addresses are the person's private ones: the directory keeps where they practise.
        var addresses = p.Address.Where(a => a.Use != Address.AddressUse.Home && HasContent(a)).ToList();
        for (var i = 0; i < addresses.Count && i < 2; i++)
        {
            var (address, error) = MapAddress(addresses[i], i == 0 ? AddressKind.Practice : AddressKind.Mailing, phone, line, "Practitioner.address");
            if (error is not null) return (null, error);
            if (i == 0) record.Practice = address; else record.Mailing = address;
        }
        record.ContentHash = ProviderRecordHash.Compute(record);
        return (record, null);
    }

    public static (ProviderRecord? Record, RowError? Error) Map(Organization o, long line)
    {
        RowError Fail(string column, string reason) => new(line, $"Organization.{column}", reason);
        var record = new ProviderRecord { Line = line, IsOrganisation = true, Source = DirectorySource.Fhir };
        var npi = NpiOf(o.Identifier);
        if (npi is not null)
        {
            if (Npi.Problem(npi) is { } problem) return (null, Fail("identifier", problem));
            record.Npi = npi;
        }
        else
        {
            var id = o.Identifier.FirstOrDefault(i => !string.IsNullOrEmpty(i.Value));
            record.ExternalSystem = Cut(id?.System ?? "urn:fhir:Organization", DirectoryWidths.External);
            record.ExternalId = Cut(id?.Value ?? o.Id, DirectoryWidths.External);
            if (string.IsNullOrEmpty(record.ExternalId)) return (null, Fail("identifier", "an organisation needs an NPI, an identifier or an id"));
        }
        if (string.IsNullOrWhiteSpace(o.Name)) return (null, Fail("name", "an organisation needs a name"));
        record.OrganisationName = Cut(o.Name.Trim(), DirectoryWidths.OrganisationName)!;
        record.OrganisationOtherName = Cut(o.Alias.FirstOrDefault(), DirectoryWidths.OrganisationName);
        var phone = o.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value;
        if (o.Address.FirstOrDefault(HasContent) is { } a)
        {
            var (address, error) = MapAddress(a, AddressKind.Practice, phone, line, "Organization.address");
            if (error is not null) return (null, error);
            record.Practice = address;
        }
        record.OrganisationKind = OrganisationKinds.Of(null, record.OrganisationName);
        record.ContentHash = ProviderRecordHash.Compute(record);
        return (record, null);
    }

    public static (AffiliationRecord? Link, RowError? Error) Map(PractitionerRole r, long line)
    {
        var practitioner = Contained<Practitioner>(r, r.Practitioner);
        var npi = IsNpi(r.Practitioner?.Identifier) ? r.Practitioner!.Identifier!.Value!.Trim() : practitioner is null ? null : NpiOf(practitioner.Identifier);
        // A literal reference not resolved by what was read is kept, to be resolved from what the run committed.
        var practitionerReference = npi is null ? Literal(r.Practitioner) : null;
        if (npi is null && practitionerReference is null)
            return (null, new(line, "PractitionerRole.practitioner", $"the practitioner is not identified by NPI ({NpiSystem})"));
        string? orgNpi = null, orgSystem = null, orgId = null;
        var organisation = Contained<Organization>(r, r.Organization);
        // A contained organisation is known by what it is imported under: its NPI or first identifier.
        var oid = r.Organization?.Identifier is { } given && !string.IsNullOrEmpty(given.Value) ? given
            : organisation is null ? null
            : organisation.Identifier.FirstOrDefault(IsNpi) ?? organisation.Identifier.FirstOrDefault(i => !string.IsNullOrEmpty(i.Value))
              ?? new Identifier("urn:fhir:Organization", organisation.Id);
        if (oid is not null && !string.IsNullOrEmpty(oid.Value))
        {
            if (IsNpi(oid)) orgNpi = oid.Value.Trim();
            else (orgSystem, orgId) = (oid.System, oid.Value);
        }
        else if (r.Organization?.Reference is { } reference && reference.StartsWith("Organization/", StringComparison.Ordinal))
            (orgSystem, orgId) = (null, reference["Organization/".Length..]);
        else if (Literal(r.Organization) is null) return (null, new(line, "PractitionerRole.organization", "the role names no organisation"));
        // An NPI that fails its check digit names no provider: said so, rather than "not in the directory".
        if (npi is not null && Npi.Problem(npi) is { } practitionerProblem)
            return (null, new(line, "PractitionerRole.practitioner.identifier", practitionerProblem));
        if (orgNpi is not null && Npi.Problem(orgNpi) is { } organisationProblem)
            return (null, new(line, "PractitionerRole.organization.identifier", organisationProblem));
        var code = r.Code.SelectMany(c => c.Coding).FirstOrDefault();
        var specialties = r.Specialty.SelectMany(s => s.Coding).Where(c => c.System == NuccSystem && c.Code is not null).Select(c => c.Code!).ToList();
        return (new AffiliationRecord(line, "PractitionerRole", r.Id ?? $"line {line}", npi, orgNpi, orgSystem, orgId, Cut(code?.Code, DirectoryWidths.RoleCode),
            Cut(code?.Display ?? r.Code.FirstOrDefault()?.Text, DirectoryWidths.Role), specialties)
        {
            PractitionerReference = practitionerReference, OrganisationReference = orgNpi is null && orgSystem is null ? Literal(r.Organization) : null,
        }, null);
    }

    /// <summary>A reference to another resource ("Practitioner/1", a URL, a fullUrl), not to a contained one ("#id").</summary>
    private static string? Literal(ResourceReference? reference) =>
        reference?.Reference is { Length: > 0 } target && !target.StartsWith('#') ? target : null;

    /// <summary>The resource a local reference ("#id") points to among the role's contained resources.</summary>
    private static T? Contained<T>(DomainResource owner, ResourceReference? reference) where T : Resource =>
        reference?.Reference is ['#', .. var id] ? owner.Contained.OfType<T>().FirstOrDefault(c => c.Id == id) : null;

    private static (AddressRecord? Address, RowError? Error) MapAddress(Address a, AddressKind kind, string? phone, long line, string column)
    {
        // R4 lets the country be a code or a name ("France", "FRA"): each is kept as its two-letter code.
        var country = Blank(a.Country) is { } given ? CountryCodes.TwoLetter(given) : "US";
        if (country is null)
            return (null, new(line, $"{column}.country", $"'{a.Country}' is not a country (an ISO 3166 code or a country's English name)"));
        var postal = Blank(a.PostalCode?.Replace("-", "", StringComparison.Ordinal));
        // A US state written out ("Massachusetts", as R4 allows) is kept as its USPS code.
        var state = country == "US" ? Blank(a.State) is { } s ? Evidence.UsStateNames.CodeOf(s) ?? s.ToUpperInvariant() : null : Blank(a.State);
        // FHIR makes every part of an address optional: what is given is checked, what is missing stays empty, and an
        // address given only as text keeps its text as its line.
        var lines = a.Line.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).ToList();
        var line1 = lines.FirstOrDefault() ?? Blank(a.Text) ?? "";
        if (country == "US")
        {
            if (state is not null && !UsStates.IsValid(state)) return (null, new(line, $"{column}.state", $"'{a.State}' is not a US state code"));
            if (postal is not null && (postal.Length is not (5 or 9) || !postal.All(char.IsAsciiDigit)))
                return (null, new(line, $"{column}.postalCode", $"'{a.PostalCode}' is not a ZIP code (5 or 9 digits)"));
        }
        var address = new AddressRecord(kind, Cut(line1, DirectoryWidths.AddressLine)!, Cut(lines.Skip(1).FirstOrDefault(), DirectoryWidths.AddressLine), Cut(Blank(a.City) ?? "", DirectoryWidths.City)!, Cut(state, DirectoryWidths.State),
            Cut(postal, DirectoryWidths.PostalCode), country, Cut(phone, DirectoryWidths.Phone), null);
        return (address.Placed(), null);
    }

    /// <summary>Whether an address says anything (an empty one, or one holding only extensions or a period, is no address).</summary>
    private static bool HasContent(Address a) => a.Line.Any(l => !string.IsNullOrWhiteSpace(l)) || Blank(a.City) is not null
        || Blank(a.State) is not null || Blank(a.PostalCode) is not null || Blank(a.Text) is not null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
