using Hl7.Fhir.Model;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// What the Practitioners and Organizations read so far are imported under (an NPI, else an organisation's
/// identifier), by the literal references a PractitionerRole points at them with: "Practitioner/123", relative or
/// absolute, with or without "_history", and a Bundle entry's fullUrl. One per file, or shared by a folder's files.
/// The same pairs go to the database with each batch and stay there (<see cref="ImportReference"/>, last import wins), so
/// that a role whose file does not give what it points at resolves it to what was imported before: earlier in a resumed
/// run (which reads nothing before its checkpoint), or by an earlier run (a server's export imported one file at a time).
/// </summary>
public sealed class FhirReferences
{
    private readonly Dictionary<string, Identifier> _identities = new(StringComparer.Ordinal);

    /// <summary>Remembers what <paramref name="resource"/> is imported under; returns the pairs to commit with its batch.</summary>
    internal List<ImportedReference> Add(Resource resource, string? fullUrl, ProviderRecord record)
    {
        // The mapper gives every record an NPI, or an external identity when it has none.
        var (system, value) = record.Npi is { } npi ? (FhirProviderMapper.NpiSystem, npi) : (record.ExternalSystem, record.ExternalId!);
        var identity = new Identifier(system, value);
        var committed = new List<ImportedReference>();
        // A fullUrl that is a RESTful URL (https://host/fhir/Practitioner/1) also answers to the relative "Practitioner/1"
        // its Bundle's other entries may use, even when the resource itself carries no id.
        var relative = fullUrl is null || fullUrl.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? null : TypeAndId(fullUrl);
        foreach (var reference in new[] { string.IsNullOrEmpty(resource.Id) ? null : $"{resource.TypeName}/{resource.Id}", fullUrl, relative }.Distinct())
        {
            if (string.IsNullOrEmpty(reference)) continue;
            _identities[reference] = identity;
            if (reference.Length <= ImportReference.ReferenceWidth) committed.Add(new(reference, system, value));
        }
        return committed;
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
        if (Conditional(target) is { } searched)
        {
            reference.Identifier = searched;
            return;
        }
        foreach (var key in Keys(target))
            if (_identities.TryGetValue(key, out var identity))
            {
                reference.Identifier = identity;
                return;
            }
    }

    /// <summary>
    /// Roles whose references pointed at no resource read in this process, resolved from what the imports committed (this
    /// run's batches, earlier runs): the practitioner's NPI, the organisation's NPI or identifier. One lookup for the batch,
    /// none when every role was resolved in memory.
    /// </summary>
    internal static async Task<IReadOnlyList<AffiliationRecord>> ResolveCommittedAsync(IDirectoryStore store,
        IReadOnlyList<AffiliationRecord> links, CancellationToken ct)
    {
        var wanted = links.SelectMany(Unresolved).SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return links;
        var committed = await store.FindReferencesAsync(wanted, ct);
        return links.Select(link => Resolve(link, committed)).ToList();
    }

    private static IEnumerable<string> Unresolved(AffiliationRecord link)
    {
        if (link.PractitionerNpi is null && link.PractitionerReference is { } practitioner) yield return practitioner;
        if (link.OrganisationNpi is null && link.OrganisationSystem is null && link.OrganisationReference is { } organisation) yield return organisation;
    }

    private static AffiliationRecord Resolve(AffiliationRecord link, Dictionary<string, ImportedReference> committed)
    {
        if (link.PractitionerNpi is null && Find(committed, link.PractitionerReference) is { } practitioner)
            link = link with { PractitionerNpi = practitioner.Value };
        if (link.OrganisationNpi is null && link.OrganisationSystem is null && Find(committed, link.OrganisationReference) is { } organisation)
            link = organisation.System == FhirProviderMapper.NpiSystem
                ? link with { OrganisationNpi = organisation.Value, OrganisationId = null }
                : link with { OrganisationSystem = organisation.System, OrganisationId = organisation.Value };
        return link;
    }

    /// <summary>What was committed for a reference, as written or as "Type/id".</summary>
    private static ImportedReference? Find(Dictionary<string, ImportedReference> committed, string? reference) =>
        reference is null ? null : Keys(reference).Select(k => committed.GetValueOrDefault(k)).FirstOrDefault(r => r is not null);

    /// <summary>
    /// The identifier a conditional reference searches by, as a transaction Bundle may write it:
    /// "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893" (the query URL-encoded or not).
    /// </summary>
    internal static Identifier? Conditional(string reference)
    {
        var query = reference.IndexOf('?', StringComparison.Ordinal);
        if (query < 0) return null;
        foreach (var parameter in reference[(query + 1)..].Split('&'))
        {
            var (name, value) = parameter.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (parameter[..eq], Uri.UnescapeDataString(parameter[(eq + 1)..])) : (parameter, "");
            if (name != "identifier") continue;
            var bar = value.LastIndexOf('|');
            var (system, code) = bar < 0 ? (null, value) : (value[..bar], value[(bar + 1)..]);
            if (code.Length > 0) return new Identifier(system, code);
        }
        return null;
    }

    /// <summary>What a literal reference is known by: as written, and as "Type/id".</summary>
    private static IEnumerable<string> Keys(string reference)
    {
        yield return reference;
        if (TypeAndId(reference) is var typeAndId && typeAndId != reference) yield return typeAndId;
    }

    /// <summary>"https://host/fhir/Practitioner/1/_history/2" → "Practitioner/1".</summary>
    private static string TypeAndId(string reference)
    {
        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = parts.Length >= 4 && parts[^2] == "_history" ? parts.Length - 2 : parts.Length;
        return end >= 2 ? $"{parts[end - 2]}/{parts[end - 1]}" : reference;
    }
}
