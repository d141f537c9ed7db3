using Npgsql;
using NpgsqlTypes;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Outcome rows of a PostgreSQL workspace aggregated where they are, by PostgreSQL itself, on one dedicated
/// connection. The per-subject summary streams straight to .NET (no temporary table); the unweighted monthly sums join
/// the initiative's targets, a real table, so both big reads run in parallel workers (a query that reads a temporary
/// table cannot); the matching weights are a temporary table, as nothing else can carry them.
/// </summary>
public sealed class PostgresPanel : OutcomePanel
{
    private readonly NpgsqlConnection _db;
    private readonly Guid _datasetId;
    private readonly Guid _initiativeId;
    private IReadOnlyList<Exposure> _exposures = [];
    private IReadOnlyList<SubjectSummary> _subjects = [];

    private PostgresPanel(NpgsqlConnection db, Guid datasetId, Guid initiativeId, string sourceName)
    {
        (_db, _datasetId, _initiativeId) = (db, datasetId, initiativeId);
        SourceName = sourceName;
    }

    public override string SourceName { get; }

    private string Rows => $"o.dataset_id = '{_datasetId:D}'";

    /// <param name="initiativeId">The initiative whose targets (initiative_targets) are the treated subjects.</param>
    public static async Task<PostgresPanel> OpenAsync(string connectionString, Guid datasetId, Guid initiativeId, string sourceName,
        CancellationToken ct)
    {
        var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(ct);
        await using (var cmd = new NpgsqlCommand("SET work_mem = '256MB'", db)) await cmd.ExecuteNonQueryAsync(ct);
        return new PostgresPanel(db, datasetId, initiativeId, sourceName);
    }

    /// <summary>The exposures are the initiative's targets, which the SQL reads from their table.</summary>
    public override Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct)
    {
        _exposures = exposures;
        return Task.CompletedTask;
    }

    public override async Task<PanelCounts> SummariseAsync(AnalysisWindows w, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(PanelSql.Subjects("outcome_observations", Rows, w, PanelSql.Dialect.Postgres), _db)
            { CommandTimeout = 0 };
        var (subjects, counts) = await StoredSummaries.ReadAsync(cmd, _exposures, ct);
        _subjects = subjects;
        return counts;
    }

    public override Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct) => Task.FromResult(_subjects);

    public override async Task<IReadOnlyList<ClusterCell>> CellsAsync(double[]? weights, AnalysisWindows w, CancellationToken ct)
    {
        if (weights is null)
        {
            // 200,000 groups from 24M rows look to the planner like millions, so it would aggregate in one process;
            // per-worker partial sums are right here.
            await Execute("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET enable_sort = off", ct);
            try
            {
                return await Cells(PanelSql.Cells("outcome_observations", Rows, w,
                    $"LEFT JOIN initiative_targets t ON t.initiative_id = '{_initiativeId:D}' AND t.subject_id = o.subject_id",
                    "t.subject_id IS NOT NULL", null, PanelSql.Dialect.Postgres), ct);
            }
            finally
            {
                await Execute("RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET enable_sort", ct);
            }
        }
        await Execute("DROP TABLE IF EXISTS weights; CREATE TEMP TABLE weights (subject_id text PRIMARY KEY, weight double precision, treated boolean)", ct);
        await using (var copy = await _db.BeginBinaryImportAsync("COPY weights (subject_id, weight, treated) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var x in Weighted(_subjects, weights))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(x.SubjectId, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(x.Weight, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(x.Treated, NpgsqlDbType.Boolean, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await Execute("ANALYZE weights", ct);
        return await Cells(PanelSql.Cells("outcome_observations", Rows, w, "JOIN weights x ON x.subject_id = o.subject_id", "x.treated",
            "x.weight", PanelSql.Dialect.Postgres), ct);
    }

    private async Task<IReadOnlyList<ClusterCell>> Cells(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, _db) { CommandTimeout = 0 };
        return await PanelSql.ReadCellsAsync(cmd, ct);
    }

    private async Task Execute(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, _db) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync() => await _db.DisposeAsync();
}
