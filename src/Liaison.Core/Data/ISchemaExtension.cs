namespace Liaison.Core.Data;

/// <summary>
/// Schema that EF Core's model cannot express (SQLite FTS5 tables and their triggers, PostgreSQL extensions and
/// GIN indexes), applied idempotently after the migrations on every start. Kept out of the generated migrations so
/// that regenerating them never loses it.
/// </summary>
public interface ISchemaExtension
{
    Task ApplyAsync(LiaisonDbContext db, CancellationToken ct);
}
