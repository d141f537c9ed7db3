using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// An NPPES row that only deactivates an NPI the directory does not hold gives no entity type and no name, so the import
/// keeps it as a nameless person record (<see cref="BatchUpsert"/>). A later full row fills a person's in; a full row of an
/// organisation (NPPES entity type 2, a FHIR Organization) takes its place instead, leaving one record per NPI, and the
/// replacement is audited in the import's transaction. A nameless record that something refers to (any column an
/// <see cref="IHcpReferenceMover"/> declares: an interaction attendee, a consent, a territory assignment ...) is kept, and
/// the organisation's row is reported: removing the record would cascade those rows away or orphan them.
/// </summary>
internal static class NamelessRecords
{
    /// <summary>The SQL that tells a nameless record: what a deactivation-only row stores (only NPPES writes one).</summary>
    public const string Condition = "source = 'Nppes' AND last_name = '' AND first_name = ''";

    /// <summary>The columns that reference an HCP, by what the merge's movers declare (a test keeps that list complete).</summary>
    public static IReadOnlyList<HcpReference> Of(IEnumerable<IHcpReferenceMover> movers) =>
        movers.SelectMany(m => m.Columns.Select(c => c.Split('.') is [var table, var column]
                ? new HcpReference(m.References, table, column)
                : throw new InvalidOperationException($"{m.GetType().Name} declares '{c}', not table.column")))
            .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Column, StringComparer.Ordinal).ToList();

    /// <summary>One row per reference column: its index in <paramref name="references"/> and how many rows refer to the HCP.</summary>
    public static string ReferenceCountSql(IReadOnlyList<HcpReference> references, string idParameter) =>
        string.Join(" UNION ALL ", references.Select((r, i) => $"SELECT {i}, count(*) FROM {r.Table} WHERE {r.Column} = {idParameter}"));

    /// <summary>
    /// Deletes nameless records (those whose id <paramref name="matchesIds"/>: "= ?1", "= ANY($1)") with the rows that are
    /// only their own, one table at a time: a bulk load runs without foreign keys, so nothing cascades.
    /// </summary>
    public static string[] RemovalSql(string matchesIds) =>
    [
        .. new[] { "hcp_search_entries", "hcp_addresses", "hcp_taxonomies", "influence_scores" }.Select(t => $"DELETE FROM {t} WHERE hcp_id {matchesIds}"),
        $"DELETE FROM hcps WHERE id {matchesIds} AND {Condition}",
    ];

    /// <summary>The counts of a <see cref="ReferenceCountSql"/> result, by reference name, without the zeros.</summary>
    public static Dictionary<string, long> Summarise(IReadOnlyList<HcpReference> references, IEnumerable<(int Index, long Count)> rows)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (index, count) in rows.Where(r => r.Count > 0))
            found[references[index].Name] = found.GetValueOrDefault(references[index].Name) + count;
        return found;
    }

    /// <summary>Why an organisation's row does not replace a nameless record that something refers to.</summary>
    public static RowError Kept(ProviderRecord organisation, NamelessRecord nameless)
    {
        var what = string.Join(", ", nameless.References.Select(r => $"{r.Value} {Noun(r.Key, r.Value)}"));
        return new(organisation.Line, organisation.Source == DirectorySource.Nppes ? "Entity Type Code" : "Organization.identifier",
            $"NPI {organisation.Npi} is an organisation here, but the directory holds the NPI as a person record without a name (the "
            + $"registry had listed it only as deactivated), and {what} {(nameless.References.Values.Sum() == 1 ? "refers" : "refer")} to "
            + "that record: it is kept with what refers to it, and the organisation is not imported. Once nothing refers to the record, "
            + "importing this row again replaces it with the organisation.");
    }

    private static string Noun(string plural, long count) => count == 1 && plural.EndsWith('s') ? plural[..^1] : plural;

    /// <summary>The audit entries of a replacement: the nameless record's removal and the organisation's arrival, naming each other.</summary>
    public static AuditChange[] Replaced(NamelessRecord nameless, Guid organisationId, ProviderRecord organisation, Guid? runId)
    {
        var (old, npi) = (nameless.Record, organisation.Npi);
        var where = runId is { } run ? $" (import run {run}, line {organisation.Line})" : "";
        return
        [
            new("Hcp", old.Id.ToString(), "Delete",
                JsonSerializer.Serialize(new
                {
                    npi, deactivatedOn = old.DeactivatedOn, deactivationReason = old.DeactivationReason, reactivatedOn = old.ReactivatedOn,
                }), null,
                $"Replaced by organisation {organisationId}: the registry gives NPI {npi} as an organisation{where}"),
            new("Organisation", organisationId.ToString(), "Insert", null,
                JsonSerializer.Serialize(new
                {
                    npi, name = organisation.OrganisationName, kind = organisation.OrganisationKind.ToString(),
                    deactivatedOn = organisation.DeactivatedOn, deactivationReason = organisation.DeactivationReason,
                    reactivatedOn = organisation.ReactivatedOn, source = organisation.Source.ToString(),
                }),
                $"Replaces the nameless HCP record {old.Id} of NPI {npi}{where}"),
        ];
    }
}

/// <summary>A column that references an HCP, and the name of what it holds ("consents").</summary>
internal sealed record HcpReference(string Name, string Table, string Column);

/// <summary>A nameless record of an NPI, and what refers to it (counts by <see cref="HcpReference.Name"/>, none when empty).</summary>
internal sealed record NamelessRecord(ExistingProvider Record, IReadOnlyDictionary<string, long> References);
