using System.Data.Common;
using System.Globalization;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// Walks the whole trail in sequence order and recomputes every hash. An edited entry fails its own hash; a
/// deleted or reordered one breaks the link (sequence gap or previous-hash mismatch) of the entry after it.
/// Rows are read raw, not through the entity mapping: a value edited into something that no longer parses
/// is tampering to report, not an exception. Entries written but not yet chained are sealed first.
/// </summary>
public static class VerifyAuditChain
{
    public sealed record Report(bool Valid, long Entries, long? FirstBadSequence, string? FirstBadId, string? Problem,
        string? HeadHash);

    public sealed class Handler(LiaisonDbContext db, AuditSealer sealer)
    {
        public async Task<Report> Handle(CancellationToken ct)
        {
            await sealer.SealAsync(ct);
            long count = 0, expectedSequence = 1;
            var previous = AuditHash.Genesis;
            var connection = db.Database.GetDbConnection();
            var opened = connection.State != System.Data.ConnectionState.Open;
            if (opened) await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT sequence, id, at, actor_id, actor, entity, entity_key, action, reason, old_values, new_values,
                           previous_hash, hash
                    FROM audit_entries WHERE sequence IS NOT NULL ORDER BY sequence
                    """;
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    count++;
                    var rawId = Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
                    var (entry, unreadable) = Read(reader);
                    long? sequence = entry?.Sequence ?? (long.TryParse(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture),
                        NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null);
                    string? problem = null;
                    if (entry is null) problem = $"its {unreadable} was altered into a value that is not valid";
                    else if (entry.Sequence != expectedSequence)
                        problem = entry.Sequence > expectedSequence
                            ? $"entries {expectedSequence}–{entry.Sequence - 1} are missing before this one"
                            : $"sequence {entry.Sequence} is out of order (expected {expectedSequence})";
                    else if (entry.PreviousHash != previous)
                        problem = "its previous-hash does not match the entry before it (an entry was removed, inserted or reordered)";
                    else if (AuditHash.Compute(entry) != entry.Hash)
                        problem = "its content does not match its hash (the entry was altered)";
                    if (problem is not null) return new Report(false, count, sequence ?? expectedSequence, rawId, problem, null);
                    previous = entry!.Hash;
                    expectedSequence++;
                }
            }
            finally
            {
                if (opened) await db.Database.CloseConnectionAsync();
            }
            var head = await db.Set<AuditHead>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new AuditHead();
            if (head.Sequence != expectedSequence - 1 || head.Hash != previous)
                return new Report(false, count, head.Sequence, null,
                    $"the trail ends at entry {expectedSequence - 1} but its recorded head is entry {head.Sequence} (entries were cut off the end, or the head was altered)", null);
            return new Report(true, count, null, null, null, count == 0 ? null : previous);
        }

        private static (AuditEntry? Entry, string? Unreadable) Read(DbDataReader r)
        {
            string? Text(int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);

            if (!long.TryParse(Text(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence)) return (null, "sequence");
            var idValue = r.GetValue(1);
            if (idValue is not Guid id && !Guid.TryParseExact(Text(1), "D", out id)) return (null, "id");
            var atValue = r.GetValue(2);
            if (atValue is not DateTime at)
            {
                if (!DateTime.TryParse(Text(2), CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out at)) return (null, "time");
            }
            return (new AuditEntry
            {
                Sequence = sequence, Id = id, At = DateTime.SpecifyKind(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at, DateTimeKind.Utc),
                ActorId = Text(3), Actor = Text(4) ?? "", Entity = Text(5) ?? "", EntityKey = Text(6) ?? "",
                Action = Text(7) ?? "", Reason = Text(8), OldValues = Text(9), NewValues = Text(10),
                PreviousHash = Text(11) ?? "", Hash = Text(12) ?? "",
            }, null);
        }
    }
}
