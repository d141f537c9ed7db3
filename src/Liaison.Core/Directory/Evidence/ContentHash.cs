using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Liaison.Core.Directory.Evidence;

/// <summary>A stable 64-bit hash of a record's content: an unchanged re-import is recognised and writes nothing.</summary>
internal static class ContentHash
{
    public static long Of<T>(T record) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record))), 0);
}
