using System.Text;

namespace Liaison.Core.Common;

/// <summary>
/// What every importer does before it parses a file: name the file-level problems a user meets in practice (an
/// empty file, a compressed file given as bytes, a binary file) instead of a parser's error about byte 0;
/// and read text as UTF-8 while keeping the stray Windows-1252/Latin-1 bytes of files re-saved by spreadsheets
/// (é stays é, not U+FFFD).
/// </summary>
public static class TextInput
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>UTF-8 that decodes each byte of an invalid sequence as Windows-1252 (Latin-1 where 1252 has a gap).</summary>
    public static readonly Encoding Utf8OrLatin1 = Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, new Cp1252Fallback());

    /// <summary>
    /// Why <paramref name="path"/> cannot be read as a text file, or null: a gzip file is looked into, and so is a ZIP archive
    /// holding one file (<see cref="PublishedFile"/>); an importer then reads it with <see cref="PublishedFile.Open"/>.
    /// </summary>
    public static string? Problem(string path) => PublishedFile.Problem(path);

    /// <summary>Why a file starting with <paramref name="head"/> (its first few KB) cannot be read as text, or null.</summary>
    public static string? Problem(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith(Bom) ? head[3..] : head;
        if (text.Length == 0 || text.IndexOfAnyExcept(" \t\r\n"u8) < 0) return "the file is empty";
        if (head.StartsWith([(byte)0x1F, (byte)0x8B]))
            return "the file is gzip-compressed: decompress it first (gunzip FILE)";
        if (head.StartsWith("PK\x03\x04"u8))
            return "the file is a ZIP archive: extract the data file from it first (unzip FILE)";
        var utf16 = head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]);
        // A binary file or UTF-16 text without a byte-order mark is full of NUL bytes; a stray NUL or two is a damaged value
        // of a text file, which its import reports by row (NulCharacter) while keeping the others.
        if (!utf16 && head.Count((byte)0) * 16 > head.Length) return "the file is not text (it contains NUL bytes): expected UTF-8 text";
        return null;
    }

    /// <summary>A reader over <paramref name="stream"/> that honours a byte-order mark and keeps Latin-1 bytes (see <see cref="Utf8OrLatin1"/>).</summary>
    public static StreamReader Reader(Stream stream, bool leaveOpen = false) =>
        new(stream, Utf8OrLatin1, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen);

    /// <summary>Text of a byte string that may hold Latin-1 bytes, without a UTF-8 byte-order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        Utf8OrLatin1.GetString(bytes.StartsWith(Bom) ? bytes[3..] : bytes);

    /// <summary>
    /// A whole file's bytes as valid UTF-8 without a byte-order mark, for parsers that take bytes (System.Text.Json):
    /// Latin-1 bytes are re-encoded as <see cref="Utf8OrLatin1"/> reads them.
    /// </summary>
    public static byte[] Utf8Bytes(byte[] raw)
    {
        var bytes = raw.AsSpan().StartsWith(Bom) ? raw[3..] : raw;
        return System.Text.Unicode.Utf8.IsValid(bytes) ? bytes : Encoding.UTF8.GetBytes(Utf8OrLatin1.GetString(bytes));
    }

    private sealed class Cp1252Fallback : DecoderFallback
    {
        public override int MaxCharCount => 4;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            // Windows-1252 at 0x80–0x9F; the five unassigned bytes fall back to their Latin-1 control characters.
            private const string High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
            private char[] _chars = [];
            private int _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars = bytesUnknown.Select(b => b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b).ToArray();
                _next = 0;
                return true;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';
            public override bool MovePrevious() => _next > 0 && _next-- > 0;
            public override int Remaining => _chars.Length - _next;
            public override void Reset() => (_chars, _next) = ([], 0);
        }
    }
}
