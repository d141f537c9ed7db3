using System.Globalization;
using Liaison.Core.Common;

namespace Liaison.Web.Api;

/// <summary>A record's version as an entity tag, and the If-Match header that must carry it back.</summary>
public static class ETag
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version the client read, or <see cref="OptimisticConcurrency.AnyVersion"/> for <c>*</c> (RFC 9110: whichever
    /// version is current), or the error to answer when it did not say or said nonsense.
    /// </summary>
    public static Result<long> FromIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return Error.VersionRequired();
        var v = ifMatch.Trim();
        if (v == "*") return OptimisticConcurrency.AnyVersion;
        if (v.StartsWith("W/", StringComparison.Ordinal)) v = v[2..];
        v = v.Trim('"');
        return long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : Error.Invalid("If-Match", "If-Match must be the ETag the record was read with, e.g. \"3\".");
    }
}
