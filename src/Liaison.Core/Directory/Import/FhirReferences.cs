using Hl7.Fhir.Model;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// What the Practitioners and Organizations read so far are imported under (an NPI, else an organisation's
/// identifier), by the literal references a PractitionerRole points at them with: "Practitioner/123", relative or
/// absolute, with or without "_history", and a Bundle entry's fullUrl. One per file, or shared by a folder's files.
/// </summary>
public sealed class FhirReferences
{
    private readonly Dictionary<string, Identifier> _identities = new(StringComparer.Ordinal);

    internal void Add(Resource resource, string? fullUrl, ProviderRecord record)
    {
        var identity = record.Npi is { } npi ? new Identifier(FhirProviderMapper.NpiSystem, npi) : new Identifier(record.ExternalSystem, record.ExternalId);
        if (!string.IsNullOrEmpty(resource.Id)) _identities[$"{resource.TypeName}/{resource.Id}"] = identity;
        if (!string.IsNullOrEmpty(fullUrl)) _identities[fullUrl] = identity;
    }

    /// <summary>Gives the role's practitioner and organisation references the identifier of the resource they point at, when it was read.</summary>
    internal void Resolve(PractitionerRole role)
    {
        Identify(role.Practitioner);
        Identify(role.Organization);
    }

    private void Identify(ResourceReference? reference)
    {
        if (reference is not { Reference: { Length: > 0 } target } || !string.IsNullOrEmpty(reference.Identifier?.Value)) return;
        if (_identities.TryGetValue(target, out var identity) || _identities.TryGetValue(TypeAndId(target), out identity))
            reference.Identifier = identity;
    }

    /// <summary>"https://host/fhir/Practitioner/1/_history/2" → "Practitioner/1".</summary>
    private static string TypeAndId(string reference)
    {
        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = parts.Length >= 4 && parts[^2] == "_history" ? parts.Length - 2 : parts.Length;
        return end >= 2 ? $"{parts[end - 2]}/{parts[end - 1]}" : reference;
    }
}
