using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Points stored records at the row of the file that now gives them unchanged: each record keeps the file and line it
/// was last read from, so that a later row of the same file repeating it is told apart from a correction. CMS publishes
/// each program year again every year with all of its records, so an import of a new publication moves nearly every
/// record. The batch's moves go to the engine directly, inside its transaction, not as EF Core updates tracked one by
/// one (which made such an import take twice as long as importing a file already imported): on SQLite one prepared
/// statement re-bound per record (its fastest path, as <see cref="BulkInsert"/>), on PostgreSQL the batch's single-row
/// statements in one round trip.
/// </summary>
internal static class ExternalPaymentSources
{
    public static async Task MoveAsync(LiaisonDbContext db, long sourceFile, IReadOnlyList<(Guid Id, int Line)> moves, CancellationToken ct)
    {
        if (moves.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(ExternalPayment))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        IProperty Property(string name) => entity.FindProperty(name)!;
        string Column(string name) => $"\"{Property(name).GetColumnName(table)}\"";
        var (id, file, line) = (Column(nameof(ExternalPayment.Id)), Column(nameof(ExternalPayment.SourceFile)), Column(nameof(ExternalPayment.SourceLine)));

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (!db.IsSqlite)
        {
            // One round trip of single-row statements, each a probe of the primary key: an UPDATE joined to the batch's ids
            // as an array may be planned (and, auto-prepared, kept) as a scan of the whole table.
            await using var statements = new Npgsql.NpgsqlBatch((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(),
                (Npgsql.NpgsqlTransaction?)transaction);
            var update = $"UPDATE \"{table.Name}\" SET {file} = $1, {line} = $2 WHERE {id} = $3";
            foreach (var (recordId, recordLine) in moves)
                statements.BatchCommands.Add(new Npgsql.NpgsqlBatchCommand(update)
                {
                    Parameters = { new() { Value = sourceFile }, new() { Value = recordLine }, new() { Value = recordId } },
                });
            await statements.ExecuteNonQueryAsync(ct);
            return;
        }
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"UPDATE \"{table.Name}\" SET {file} = @file, {line} = @line WHERE {id} = @id";
        // The id goes through EF Core's own mapping: the engine compares the text EF stored.
        var idMapping = Property(nameof(ExternalPayment.Id)).GetRelationalTypeMapping();
        var idParameter = idMapping.CreateParameter(command, "@id", null, nullable: false);
        var lineParameter = command.CreateParameter();
        lineParameter.ParameterName = "@line";
        var fileParameter = command.CreateParameter();
        (fileParameter.ParameterName, fileParameter.Value) = ("@file", sourceFile);
        command.Parameters.AddRange(new[] { fileParameter, lineParameter, idParameter });
        await command.PrepareAsync(ct);
        foreach (var (recordId, recordLine) in moves)
        {
            idParameter.Value = idMapping.Converter?.ConvertToProvider(recordId) ?? recordId;
            lineParameter.Value = recordLine;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
