using System.Data.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Liaison.Core.Impact;

/// <summary>
/// Set-based writes of outcome rows, covariates and targets: binary COPY on PostgreSQL, one prepared INSERT
/// reused inside the caller's transaction on SQLite. Never the change tracker: these are bulk rows, audited
/// by one summary entry per import.
/// </summary>
internal static class BulkRows
{
    public static async Task InsertAsync(LiaisonDbContext db, string table, string[] columns, IEnumerable<object[]> rows,
        CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        if (connection is NpgsqlConnection pg)
        {
            await using var copy = await pg.BeginBinaryImportAsync(
                $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
            // Tens of millions of rows (and their key index) take minutes; the default 30 s would abort the import.
            copy.Timeout = TimeSpan.FromHours(1);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var v in row) await copy.WriteAsync(v, ct);
            }
            await copy.CompleteAsync(ct);
            return;
        }
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = $"@p{i}";
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) parameters[i].Value = Sqlite(row[i]);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    // SQLite stores what EF Core would: GUIDs as upper-case text, dates as yyyy-MM-dd text.
    private static object Sqlite(object v) => v switch
    {
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => v,
    };

    public static Task ObservationsAsync(LiaisonDbContext db, IEnumerable<OutcomeObservation> rows, CancellationToken ct) =>
        InsertAsync(db, "outcome_observations", ["dataset_id", "subject_id", "month", "events", "exposure"],
            rows.Select(r => new object[] { r.DatasetId, r.SubjectId, r.Month, r.Events, r.Exposure }), ct);

    public static Task CovariatesAsync(LiaisonDbContext db, IEnumerable<SubjectCovariate> rows, CancellationToken ct) =>
        InsertAsync(db, "subject_covariates", ["dataset_id", "subject_id", "name", "value"],
            rows.Select(r => new object[] { r.DatasetId, r.SubjectId, r.Name, r.Value }), ct);

    public static Task TargetsAsync(LiaisonDbContext db, IEnumerable<InitiativeTarget> rows, CancellationToken ct) =>
        InsertAsync(db, "initiative_targets", ["initiative_id", "subject_id", "exposed_on", "source"],
            rows.Select(r => new object[] { r.InitiativeId, r.SubjectId, r.ExposedOn, r.Source }), ct);
}
