using System.Globalization;
using System.Security.Cryptography;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Identifies a file without reading all of it: SHA-256 over its size and its first and last 64 KiB. A re-run of
/// an interrupted import finds its checkpoint by it.
/// </summary>
public static class FileFingerprint
{
    private const int Slice = 64 * 1024;

    public static string Of(string path)
    {
        using var file = File.OpenRead(path);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(BitConverter.GetBytes(file.Length));
        var buffer = new byte[Slice];
        sha.AppendData(buffer, 0, file.ReadAtLeast(buffer, Slice, throwOnEndOfStream: false));
        if (file.Length > Slice)
        {
            file.Seek(Math.Max(Slice, file.Length - Slice), SeekOrigin.Begin);
            sha.AppendData(buffer, 0, file.ReadAtLeast(buffer, Slice, throwOnEndOfStream: false));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// The fingerprint's first 64 bits: the key under which an import's records remember the file (and line) they came
    /// from, so that a later row of the same file repeating a record is told from a later publication correcting it.
    /// </summary>
    /// <param name="entry">
    /// The ZIP entry read, for an archive whose entries are imported one by one (Open Payments' program year): each has a
    /// key of its own, so that a record of one entry is never taken for a repeat of another entry's line of that number.
    /// </param>
    public static long Key(string path, string? entry = null)
    {
        var fingerprint = Of(path);
        if (entry is not null)
            fingerprint = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{fingerprint}/{entry}")));
        return long.Parse(fingerprint.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
