using System.Text.Json;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The search indexes a bulk load suspends: kept row by row they cost more than the rows themselves (FTS5 triggers,
/// tsvector/trigram GIN, B-trees over random names and places), built once at the end they are cheap. So are the
/// child tables' owner-id indexes and (PostgreSQL) their foreign keys, checked row by row otherwise: the owner-id
/// indexes come back as soon as a load replaces a provider's child rows (<see cref="OwnerIndexes"/>), the foreign keys
/// are validated once at the end. The unique indexes stay: upserts look rows up through them. While suspended, the
/// dropped definitions wait in a workspace setting written in the same transaction as the drop, so an interrupted
/// load is repaired by the next import or the next start (<see cref="Search.DirectorySearchSchema"/>).
/// </summary>
internal static class SuspendedSearchIndexes
{
    public const string SettingKey = "directory.suspended-search-indexes";

    /// <summary>The indexes through which an update replaces a provider's addresses and taxonomies.</summary>
    public static readonly string[] OwnerIndexes = ["ix_hcp_addresses_hcp_id", "ix_hcp_taxonomies_hcp_id", "ix_organisation_addresses_organisation_id"];

    /// <summary>Indexes, triggers and foreign keys a bulk load drops, where the engine has them (after <see cref="OwnerIndexes"/>:
    /// statics initialise in order).</summary>
    public static readonly string[] Names =
    [
        "hcp_name_index_ai", "hcp_name_index_ad", "hcp_name_index_au",
        "ix_hcp_search_entries_names_vector", "ix_hcp_search_entries_sort_name_trgm", "ix_hcp_search_entries_last_name_key_pattern",
        "ix_hcp_search_entries_last_name_key_sort_name", "ix_hcp_search_entries_specialty_state_sort_name",
        "ix_hcp_search_entries_state_city_sort_name", "ix_hcp_search_entries_zip5_sort_name",
        "ix_organisations_search_name", "ix_organisation_addresses_location_key",
        .. OwnerIndexes,
        "fk_hcp_addresses_hcps_hcp_id", "fk_hcp_taxonomies_hcps_hcp_id", "fk_hcp_search_entries_hcps_hcp_id",
        "fk_organisation_addresses_organisations_organisation_id",
    ];

    /// <summary>The SQL list of <see cref="Names"/>: 'a', 'b', ...</summary>
    public static string NameList => string.Join(", ", Names.Select(n => $"'{n}'"));

    public sealed record Definition(string Name, string Sql);

    public static string Serialize(IReadOnlyList<Definition> definitions) => JsonSerializer.Serialize(definitions);

    public static List<Definition> Deserialize(string json) => JsonSerializer.Deserialize<List<Definition>>(json) ?? [];
}
