using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Core.Data;

/// <summary>
/// Inserts new rows of one entity type inside the caller's transaction, bypassing the change tracker: a CMS release
/// (Part D prescribing, Open Payments) has millions of rows; so only for entities that are not audited. SQLite gets one
/// prepared single-row statement re-bound per row (its fastest path: it binds parameters by name, so huge multi-row
/// statements cost quadratic time); PostgreSQL gets a binary COPY.
/// Values go through EF Core's own type mappings and converters, so each engine stores exactly what EF would.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(LiaisonDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping())).ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.Property.GetColumnName(table)}\""));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        object Value(int i, T row)
        {
            var (p, mapping) = properties[i];
            var value = p.GetGetter().GetClrValue(row);
            return (value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
        }
        DbParameter Parameter(DbCommand command, int i, string name, object? value) =>
            properties[i].Mapping.CreateParameter(command, name, value, properties[i].Property.IsNullable);

        if (db.IsSqlite)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < properties.Count; i++) command.Parameters.Add(Parameter(command, i, $"@p{i}", null));
            await command.PrepareAsync(ct);
            foreach (var row in rows)
            {
                for (var i = 0; i < properties.Count; i++) command.Parameters[i].Value = Value(i, row);
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        // PostgreSQL: binary COPY, the engine's own bulk path. Values are written as their provider CLR types.
        var npgsql = (Npgsql.NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < properties.Count; i++)
            {
                var value = Value(i, row);
                if (value is DBNull) await writer.WriteNullAsync(ct);
                else await writer.WriteAsync(value, properties[i].Mapping.StoreType, ct);
            }
        }
        await writer.CompleteAsync(ct);
    }
}
