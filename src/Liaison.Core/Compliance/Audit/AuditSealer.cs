using System.Data.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// Links written audit entries into the hash chain, oldest first, under a lock (SQLite's write lock taken by
/// BEGIN IMMEDIATE; a PostgreSQL advisory lock) so that concurrent sealers never fork it. Sealing apart from the
/// business transaction keeps the lock out of every write: only sealing itself is serialised, in batches.
/// The web app seals continuously (<see cref="AuditSealSignal"/>), the CLI before it exits, and verification
/// before it verifies.
/// </summary>
/// <remarks>
/// On SQLite the lock is the one every writer needs, so it is held only for the updates: the batch and the chain's
/// head are read and the hashes computed before it is taken; under it the head is read again, and if another sealer
/// moved it meanwhile the batch is read afresh (every seal moves the head in the same transaction, so an unchanged
/// head means the batch is still unsealed).
/// </remarks>
[CoreService]
public sealed class AuditSealer(LiaisonDbContext db)
{
    private const long PostgresLockKey = 0x4C_69_61_69_73_6F_6E; // "Liaison"
    private const int BatchSize = 1000;
    // On SQLite a seal holds the one write lock every request needs, and waiting writers back off into SQLite's
    // longer sleeps (up to 100 ms each) the longer it is held: short transactions let writers in between. Sealing
    // still costs most of SQLite's API write throughput (interaction-write: about 180-360/s sealing vs 490-550/s
    // not); at the load measured the smaller batches did not measurably change that.
    private const int SqliteBatchSize = 100;

    /// <returns>How many entries were sealed.</returns>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        var total = 0;
        var size = db.IsSqlite ? SqliteBatchSize : BatchSize;
        while (true)
        {
            var head = await HeadAsync(ct);
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(size).ToListAsync(ct);
            if (batch.Count == 0) return total;
            var (sequence, hash) = head;
            foreach (var entry in batch)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = hash;
                entry.Hash = hash = AuditHash.Compute(entry);
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!db.IsSqlite)
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
            if (await HeadAsync(ct) != head)
            {
                // Another sealer chained entries meanwhile: read them afresh.
                await tx.RollbackAsync(ct);
                continue;
            }
            await WriteAsync(tx.GetDbTransaction(), batch, (sequence, hash), ct);
            await tx.CommitAsync(ct);
            total += batch.Count;
        }
    }

    private async Task<(long Sequence, string Hash)> HeadAsync(CancellationToken ct)
    {
        var head = await db.AuditHead.AsNoTracking().Where(h => h.Id == AuditHead.SingletonId)
            .Select(h => new { h.Sequence, h.Hash }).FirstOrDefaultAsync(ct);
        return head is null ? (0, AuditHash.Genesis) : (head.Sequence, head.Hash);
    }

    /// <summary>One prepared UPDATE per entry and the head's upsert, inside the sealing transaction.</summary>
    private async Task WriteAsync(DbTransaction tx, List<AuditEntry> batch, (long Sequence, string Hash) head, CancellationToken ct)
    {
        var sqlite = db.IsSqlite;
        await using var update = tx.Connection!.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE audit_entries SET sequence = @s, previous_hash = @p, hash = @h WHERE id = @id AND sequence IS NULL";
        var s = Add(update, "@s");
        var p = Add(update, "@p");
        var h = Add(update, "@h");
        var id = Add(update, "@id");
        foreach (var entry in batch)
        {
            s.Value = entry.Sequence;
            p.Value = entry.PreviousHash;
            h.Value = entry.Hash;
            // EF keeps SQLite GUIDs as upper-case text; PostgreSQL has uuid.
            id.Value = sqlite ? entry.Id.ToString("D").ToUpperInvariant() : entry.Id;
            if (await update.ExecuteNonQueryAsync(ct) != 1)
                throw new InvalidOperationException($"Audit entry {entry.Id} was sealed by someone else while the head stood still.");
        }

        await using var upsert = tx.Connection.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = "INSERT INTO audit_head (id, sequence, hash) VALUES (@id, @s, @h) "
                             + "ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash";
        Add(upsert, "@id").Value = AuditHead.SingletonId;
        Add(upsert, "@s").Value = head.Sequence;
        Add(upsert, "@h").Value = head.Hash;
        await upsert.ExecuteNonQueryAsync(ct);
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
