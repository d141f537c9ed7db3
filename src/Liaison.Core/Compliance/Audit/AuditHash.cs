using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Liaison.Core.Compliance.Audit;

/// <summary>The chain's hash function: SHA-256 over a JSON array of every column and the previous hash.</summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        // A JSON array escapes every value, so no two different entries serialise to the same text.
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            e.Sequence, e.Id.ToString("D"), e.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.ActorId, e.Actor, e.Entity, e.EntityKey, e.Action, e.Reason, e.OldValues, e.NewValues, e.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Both databases keep microseconds; the hash must cover exactly what is stored.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
}
