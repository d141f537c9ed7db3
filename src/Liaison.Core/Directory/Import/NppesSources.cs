using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>What an NPPES import reads: the registry's CSV file (monthly, weekly, zipped or not), or saved NPI Registry API answers (JSON).</summary>
public static class NppesSources
{
    public static IImportSource For(string path) => IsJson(path) ? new NppesApiSource(path) : new NppesFileSource(path);

    /// <summary>Whether the file's text starts with a JSON object or array (after a byte-order mark and white space); false when it cannot be read.</summary>
    private static bool IsJson(string path)
    {
        if (PublishedFile.Problem(path, NppesFileSource.DataEntry) is not null) return false;
        using var stream = PublishedFile.Open(path, NppesFileSource.DataEntry);
        Span<byte> head = stackalloc byte[256];
        var text = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (text.StartsWith("\xEF\xBB\xBF"u8)) text = text[3..];
        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] is (byte)'{' or (byte)'[';
    }
}
