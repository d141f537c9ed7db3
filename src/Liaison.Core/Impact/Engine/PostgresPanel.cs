using Npgsql;
using NpgsqlTypes;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Outcome rows of a PostgreSQL workspace aggregated where they are, by PostgreSQL itself: the same SQL as
/// DuckDB's, on one dedicated connection so the temporary tables live for the whole analysis.
/// </summary>
public sealed class PostgresPanel : OutcomePanel
{
    private readonly NpgsqlConnection _db;
    private readonly Func<AnalysisWindows, string> _source;

    private PostgresPanel(NpgsqlConnection db, Func<AnalysisWindows, string> source, string sourceName)
    {
        _db = db;
        _source = source;
        SourceName = sourceName;
    }

    public override string SourceName { get; }

    public static async Task<PostgresPanel> OpenAsync(string connectionString, Guid datasetId, string sourceName, CancellationToken ct)
    {
        var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(ct);
        await using (var cmd = new NpgsqlCommand("SET work_mem = '256MB'", db)) await cmd.ExecuteNonQueryAsync(ct);
        return new PostgresPanel(db, w => PanelSql.FromMonths("outcome_observations", w, $"dataset_id = '{datasetId:D}'"), sourceName);
    }

    public override async Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct)
    {
        await Execute("DROP TABLE IF EXISTS treated; CREATE TEMP TABLE treated (subject_id text PRIMARY KEY)", ct);
        await using var copy = await _db.BeginBinaryImportAsync("COPY treated (subject_id) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var e in exposures)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(e.SubjectId, NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    public override async Task<PanelCounts> SummariseAsync(AnalysisWindows w, CancellationToken ct)
    {
        await Execute(PanelSql.Summary(_source(w), w, PanelSql.Dialect.Postgres), ct);
        await Execute("ANALYZE subject_summary", ct);
        return await PanelSql.ReadCountsAsync(_db, ct);
    }

    public override async Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(PanelSql.Subjects.Replace("ORDER BY subject_id", "ORDER BY subject_id COLLATE \"C\"", StringComparison.Ordinal), _db);
        return await PanelSql.ReadSubjectsAsync(cmd, ct);
    }

    public override async Task<IReadOnlyList<ClusterCell>> CellsAsync(IReadOnlyList<SubjectWeight>? weights, AnalysisWindows w,
        CancellationToken ct)
    {
        if (weights is not null)
        {
            await Execute("DROP TABLE IF EXISTS weights; CREATE TEMP TABLE weights (subject_id text PRIMARY KEY, weight double precision, treated boolean)", ct);
            await using (var copy = await _db.BeginBinaryImportAsync("COPY weights (subject_id, weight, treated) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var x in weights)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(x.SubjectId, NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(x.Weight, NpgsqlDbType.Double, ct);
                    await copy.WriteAsync(x.Treated, NpgsqlDbType.Boolean, ct);
                }
                await copy.CompleteAsync(ct);
            }
            await Execute("ANALYZE weights", ct);
        }
        await using var cmd = new NpgsqlCommand(
            PanelSql.Cells(_source(w), w, weights is not null, PanelSql.Dialect.Postgres), _db) { CommandTimeout = 0 };
        return await PanelSql.ReadCellsAsync(cmd, ct);
    }

    private async Task Execute(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, _db) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync() => await _db.DisposeAsync();
}
