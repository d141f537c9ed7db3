using System.Security.Cryptography;
using System.Text;

namespace Liaison.Core.Identity;

/// <summary>Makes and hashes token secrets: 32 random bytes, base64url, behind a recognisable prefix.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "lia_";

    public static string New() => New(Prefix);

    /// <summary>A secret of the same strength behind another prefix (calendar feeds).</summary>
    public static string New(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A 256-bit random secret needs no salt or stretching: SHA-256 of it cannot be reversed.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
