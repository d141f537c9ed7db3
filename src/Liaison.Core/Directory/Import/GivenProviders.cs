using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The practitioners and organisations a FHIR import (a file, or a folder's files) has given so far: the first resource
/// of each stands and later ones are reported, in a batch, across batches and across a resumed run (which reads the
/// resources before its checkpoint again for them), as an NPPES file keeps the first row of an NPI. A later resource
/// that won instead would flip the stored provider back on every run of the file.
/// </summary>
internal sealed class GivenProviders
{
    private readonly NpiSet _practitioners = new();
    private readonly NpiSet _organisations = new();
    /// <summary>Organisations known by another identifier than an NPI: far fewer than practitioners, so a plain set.</summary>
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="record"/> is the first of its provider.</summary>
    public bool Add(ProviderRecord record) => record.Npi is { } npi
        ? (record.IsOrganisation ? _organisations : _practitioners).Add(npi)
        : _identifiers.Add(ProviderKey.Of(record));

    /// <summary>Why a later resource of a provider is not imported.</summary>
    public static string Repeat(ProviderRecord record) =>
        $"{(record.IsOrganisation ? "Organization" : "Practitioner")} {(record.Npi is { } npi ? $"NPI {npi}" : $"identifier {ProviderKey.Of(record)}")} "
        + "is given by an earlier resource of this import: a provider is given once, so that first resource stands and this one is not imported";
}
