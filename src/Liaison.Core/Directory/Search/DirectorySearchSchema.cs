using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The name indexes of HCP search. SQLite: an FTS5 index over hcp_search_entries.names kept in step by triggers.
/// PostgreSQL: a generated tsvector with a GIN index (full text), and the typo candidates' (last_name_key, sort_name)
/// B-tree in byte order (COLLATE "C", see NameMatchSql.TypoCandidates), carrying key and names so that, once vacuum
/// has marked the pages all-visible, the candidates are read from the index alone (EXPLAIN at 1,000,000 HCPs: 8
/// buffers instead of 505, 4.5 ms when cold); the earlier pg_trgm GIN and text_pattern_ops indexes are dropped from
/// workspaces that have them.
/// Indexes a bulk load suspended and never rebuilt (the import was killed) are rebuilt here, on the next start.
/// </summary>
internal sealed class DirectorySearchSchema : ISchemaExtension
{
    public async Task ApplyAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (db.IsSqlite) await ApplySqliteAsync(db, ct);
        else await ApplyPostgresAsync(db, ct);
        if (await db.ScalarAsync($"SELECT count(*) FROM workspace_settings WHERE \"key\" = '{SuspendedSearchIndexes.SettingKey}'", ct) is > 0L)
            await RestoreSuspendedAsync(db, ct);
    }

    private static async Task RestoreSuspendedAsync(LiaisonDbContext db, CancellationToken ct)
    {
        // A store that only rebuilds indexes: it replaces no record, so it needs no HCP references.
        await using var store = await DirectoryStores.OpenAsync(db.IsSqlite, db.Database.GetConnectionString()!, [], db.Actor, ct);
        await store.BeginAsync(ct);
        await store.RestoreSearchIndexesAsync(ct);
        await store.CommitAsync(ct, durable: true);
    }

    private static async Task ApplySqliteAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (await db.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'hcp_name_index'", ct) is > 0L) return;
        await db.Database.ExecuteSqlRawAsync("""
            CREATE VIRTUAL TABLE hcp_name_index USING fts5(names, content='hcp_search_entries', content_rowid='key',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
            CREATE TRIGGER hcp_name_index_ai AFTER INSERT ON hcp_search_entries BEGIN
                INSERT INTO hcp_name_index(rowid, names) VALUES (new.key, new.names);
            END;
            CREATE TRIGGER hcp_name_index_ad AFTER DELETE ON hcp_search_entries BEGIN
                INSERT INTO hcp_name_index(hcp_name_index, rowid, names) VALUES ('delete', old.key, old.names);
            END;
            CREATE TRIGGER hcp_name_index_au AFTER UPDATE OF names ON hcp_search_entries BEGIN
                INSERT INTO hcp_name_index(hcp_name_index, rowid, names) VALUES ('delete', old.key, old.names);
                INSERT INTO hcp_name_index(rowid, names) VALUES (new.key, new.names);
            END;
            INSERT INTO hcp_name_index(hcp_name_index) VALUES ('rebuild');
            """, ct);
    }

    // PostgreSQL's schema, each name once: what a start checks is what it then creates or drops.
    private const string NamesVector = "names_vector";
    private static readonly (string Name, string Definition)[] PostgresIndexes =
    [
        ("ix_hcp_search_entries_names_vector", $"USING gin ({NamesVector})"),
        ("ix_hcp_search_entries_last_name_key_sort_name_c", """(last_name_key COLLATE "C", sort_name COLLATE "C") INCLUDE (key, names)"""),
    ];
    private static readonly string[] EarlierPostgresIndexes =
        ["ix_hcp_search_entries_sort_name_trgm", "ix_hcp_search_entries_last_name_key_pattern"];

    private static async Task ApplyPostgresAsync(LiaisonDbContext db, CancellationToken ct)
    {
        // Looked up first: ALTER TABLE takes its lock on the table (queueing behind a running search, and every search
        // behind it) before it finds the column already there, and every process start comes here.
        string[] current =
        [
            $"EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('hcp_search_entries') AND attname = '{NamesVector}' AND NOT attisdropped)",
            .. PostgresIndexes.Select(i => $"to_regclass('{i.Name}') IS NOT NULL"),
            .. EarlierPostgresIndexes.Select(name => $"to_regclass('{name}') IS NULL"),
        ];
        if (await db.ScalarAsync("SELECT " + string.Join(" AND ", current), ct) is true) return;
        string[] statements =
        [
            $"ALTER TABLE hcp_search_entries ADD COLUMN IF NOT EXISTS {NamesVector} tsvector GENERATED ALWAYS AS (to_tsvector('simple', names)) STORED",
            .. EarlierPostgresIndexes.Select(name => $"DROP INDEX IF EXISTS {name}"),
            .. PostgresIndexes.Select(i => $"CREATE INDEX IF NOT EXISTS {i.Name} ON hcp_search_entries {i.Definition}"),
        ];
        await db.Database.ExecuteSqlRawAsync(string.Join(";\n", statements), ct);
    }
}
