using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>The stored records of a batch's Record_IDs, as an import (<see cref="ImportOpenPayments"/>) or removal (<see cref="ImportRemovedRecords"/>) reads them.</summary>
internal static class ExternalPaymentLookup
{
    /// <summary>The records a Record_ID names at most: its recipient (slot 0) and five principal investigators.</summary>
    private const int MaxSlots = 6;

    /// <summary>
    /// The stored records of <paramref name="ids"/>. The ids go as one parameter, not one each: SQLite binds a statement's
    /// parameters by name, and a batch's 2,000 made that lookup most of the import's time. On PostgreSQL each id probes the
    /// unique index (a LATERAL subquery with LIMIT is not flattened into a join, see <see cref="PostgresDirectoryStore"/>): with
    /// an array of ids the planner kept the sequential scan it chose while the table was small, and a batch's lookup grew
    /// with the table.
    /// </summary>
    public static IQueryable<ExternalPayment> Stored(LiaisonDbContext db, ExternalPaymentKind kind, List<string> ids) => db.IsSqlite
        ? db.ExternalPayments.Where(p => p.Kind == kind && EF.Parameter(ids).Contains(p.RecordId))
        : db.ExternalPayments.FromSql($"""
            SELECT p.* FROM unnest({ids.ToArray()}) k(id) CROSS JOIN LATERAL (
                SELECT * FROM external_payments WHERE kind = {kind.ToString()} AND record_id = k.id LIMIT {MaxSlots}) p
            """);
}
