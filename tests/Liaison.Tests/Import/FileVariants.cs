using System.IO.Compression;
using System.Text;

namespace Liaison.Tests.Import;

/// <summary>
/// Damaged and re-saved copies of a real sample, built in the test (never checked in): the defects users' files
/// have in practice — a byte-order mark, CRLF, trailing blank lines, a cut-off last line, Latin-1 bytes, gzip.
/// </summary>
internal static class FileVariants
{
    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(TestTemp.Folder("variant-"), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public static byte[] WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    public static string Crlf(string text) => text.ReplaceLineEndings("\r\n");

    public static string TrailingBlankLines(string text) => text.TrimEnd('\n', '\r') + "\n\n\n";

    /// <summary>The text with its last <paramref name="chars"/> characters cut off, as an interrupted download leaves it.</summary>
    public static string CutOff(string text, int chars) => text.TrimEnd('\n', '\r')[..^chars];

    /// <summary>UTF-8 text in which <paramref name="latin1"/> is written as single Latin-1 bytes (a spreadsheet's re-save).</summary>
    public static byte[] WithLatin1(string text, string latin1)
    {
        var at = text.IndexOf(latin1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{latin1}' is not in the text");
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. Encoding.Latin1.GetBytes(latin1), .. Encoding.UTF8.GetBytes(text[(at + latin1.Length)..])];
    }

    public static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    /// <summary>A ZIP archive of the given entries, written as a download's archive is (deflate).</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        return buffer.ToArray();
    }

    public static byte[] Zip(params (string Name, string Text)[] entries) =>
        Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());
}
