using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// What an NPPES import reads: the registry's CSV file (monthly, weekly, zipped or not: CMS's ZIP's practice location file is
/// read after it), its practice location file (pl_pfile) on its own, or saved NPI Registry API answers (JSON).
/// </summary>
public static class NppesSources
{
    /// <summary>The source that reads <paramref name="path"/>: a practice location file (pl_pfile) is known by its header.</summary>
    public static IImportSource For(string path) =>
        IsJson(path) ? new NppesApiSource(path) : PracticeLocationSource.HasHeader(path) ? new PracticeLocationSource(path) : new NppesFileSource(path);

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
