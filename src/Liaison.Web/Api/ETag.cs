using System.Globalization;
using Liaison.Core.Common;

namespace Liaison.Web.Api;

/// <summary>A record's version as an entity tag, and the If-Match header that must carry it back.</summary>
public static class ETag
{
    private const string Malformed = "If-Match must be \"*\" or a list of entity tags, such as \"3\" (the ETag the record was read with).";

    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The versions the client will change, read as RFC 9110 §13.1.1 has it: <c>*</c> for whichever is current, else a
    /// comma-separated list of entity tags, any of which may match (empty list elements are allowed, §5.6.1). If-Match
    /// compares strongly, so a weak tag (<c>W/"3"</c>) matches no version, nor does a well-formed tag that is not one of
    /// ours; both are a 412 at the record. No header is 428; one that does not parse is a 400 naming If-Match.
    /// </summary>
    public static Result<ExpectedVersion> FromIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return Error.VersionRequired();
        var rest = ifMatch.AsSpan().Trim(" \t");
        if (rest is "*") return ExpectedVersion.Any;
        var versions = new List<long>();
        var tags = 0;
        while (!(rest = rest.TrimStart(" \t")).IsEmpty)
        {
            if (rest[0] == ',')
            {
                rest = rest[1..];
                continue;
            }
            var weak = rest.StartsWith("W/", StringComparison.Ordinal);
            if (weak) rest = rest[2..];
            if (rest.IsEmpty || rest[0] != '"') return Error.Invalid("If-Match", Malformed);
            var close = rest[1..].IndexOf('"');
            if (close < 0) return Error.Invalid("If-Match", Malformed);
            var opaque = rest.Slice(1, close);
            foreach (var c in opaque)
                if (!IsTagCharacter(c)) return Error.Invalid("If-Match", Malformed);
            rest = rest[(close + 2)..].TrimStart(" \t");
            if (!rest.IsEmpty && rest[0] != ',') return Error.Invalid("If-Match", Malformed);
            tags++;
            if (!weak && VersionOf(opaque) is { } version) versions.Add(version);
        }
        return tags == 0 ? Error.Invalid("If-Match", Malformed) : ExpectedVersion.OneOf(versions);
    }

    // Tags are compared character by character: "03" is not the tag of version 3.
    private static long? VersionOf(ReadOnlySpan<char> opaque) =>
        long.TryParse(opaque, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && opaque.SequenceEqual(version.ToString(CultureInfo.InvariantCulture)) ? version : null;

    // etagc = %x21 / %x23-7E / obs-text: no space, no double quote, no control character.
    private static bool IsTagCharacter(char c) => c == '!' || c is >= '#' and <= '~' || c is >= '\u0080' and <= '\u00ff';
}
