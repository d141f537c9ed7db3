using System.Buffers.Binary;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The 64-bit hash DuckDB 1.5 gives a VARCHAR (<c>hash(subject_id)</c>), computed over the id's UTF-8 bytes. A subject's
/// variance cluster is this hash modulo <see cref="OutcomePanel.Clusters"/> whether its rows are read from a file here or
/// aggregated by DuckDB from a workspace, so the same data give the same interval either way. A test checks it
/// against DuckDB itself.
/// </summary>
internal static class SubjectHash
{
    private const ulong Multiplier = 0xd6e8feb86659fd93UL;

    public static ulong Of(ReadOnlySpan<byte> utf8)
    {
        var h = 0xe17a1465UL ^ ((ulong)utf8.Length * 0xc6a4a7935bd1e995UL);
        var at = 0;
        for (; at + 8 <= utf8.Length; at += 8)
        {
            h ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8[at..]);
            h *= Multiplier;
        }
        if (at < utf8.Length)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            utf8[at..].CopyTo(tail);
            h ^= BinaryPrimitives.ReadUInt64LittleEndian(tail);
            h *= Multiplier;
        }
        h ^= h >> 32;
        h *= Multiplier;
        h ^= h >> 32;
        h *= Multiplier;
        return h ^ (h >> 32);
    }

    public static int Cluster(ulong hash) => (int)(hash % OutcomePanel.Clusters);
}
