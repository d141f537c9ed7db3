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

    public static bool In(ReadOnlySpan<byte> utf8) => utf8.Contains((byte)0);

    /// <summary>Whether JSON text escapes a NUL in one of its strings (a raw NUL is not JSON and fails its parse).</summary>
    public static bool InJson(ReadOnlySpan<byte> json) => json.IndexOf(@"\u0000"u8) >= 0;
}
