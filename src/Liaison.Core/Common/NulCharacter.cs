namespace Liaison.Core.Common;

/// <summary>
/// A NUL character (U+0000) is no text a database can hold: PostgreSQL refuses it (22021) and the whole import with it,
/// SQLite stores it. Every import checks its values with this and reports the row or record holding one as damaged.
/// </summary>
public static class NulCharacter
{
    public const string Reason = "the value holds a NUL character (a damaged file)";

    /// <summary>What a JSON record holding an escaped NUL (<c>\u0000</c>) is reported with.</summary>
    public const string JsonReason = "a value holds a NUL character (\\u0000): a damaged resource";

    public static bool In(ReadOnlySpan<char> text) => text.Contains('\0');

    /// <summary>
    /// Why <paramref name="text"/> is no text a database can hold, or null: a NUL, or half of a surrogate pair (an escape
    /// such as <c>&amp;#xD800;</c> read by a lenient reader), which PostgreSQL's UTF-8 cannot encode.
    /// </summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        if (In(text)) return Reason;
        for (var i = 0; i < text.Length; i++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return HalfSurrogate((int)text[i]);
        return null;
    }

    /// <summary>What a value holding one half of a surrogate pair (<c>\uD800</c> alone) is reported with.</summary>
    public static string HalfSurrogate(int code) => $"the value holds half of a surrogate pair (U+{code:X4}): a damaged file";

    public static bool In(ReadOnlySpan<byte> utf8) => utf8.Contains((byte)0);

    /// <summary>Whether JSON text escapes a NUL in one of its strings (a raw NUL is not JSON and fails its parse).</summary>
    public static bool InJson(ReadOnlySpan<byte> json) => json.IndexOf(@"\u0000"u8) >= 0;
}
