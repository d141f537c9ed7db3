using System.IO.Compression;

namespace Liaison.Core.Common;

/// <summary>
/// Opens a data file as its source publishes it: plain text, gzip-compressed (PubMed's <c>pubmed…xml.gz</c>), or a ZIP
/// archive holding it (NPPES's monthly and weekly downloads), so that a user imports the download without unpacking a
/// gigabyte into ten first. Every importer that reads one file opens it here, and so reads the same text, with the same
/// lines, whichever way the file came.
/// </summary>
public static class PublishedFile
{
    private static ReadOnlySpan<byte> Gzip => [0x1F, 0x8B];
    private static ReadOnlySpan<byte> Zip => "PK\x03\x04"u8;
    private static ReadOnlySpan<byte> EmptyZip => "PK\x05\x06"u8;

    /// <summary>Why <paramref name="path"/> holds no readable text (in <paramref name="entry"/>'s entry, for a ZIP), or null.</summary>
    public static string? Problem(string path, ArchiveEntry? entry = null)
    {
        var stream = TryOpen(path, entry ?? ArchiveEntry.OnlyFile, out var problem);
        if (stream is null) return problem;
        using (stream)
        {
            Span<byte> head = stackalloc byte[4096];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var text = TextInput.Problem(head[..n]);
            return text is null || !stream.Compressed ? text
                : stream.Entry is { } name ? $"{name} in the ZIP archive: {text}" : $"in its gzip compression, {text}";
        }
    }

    /// <summary>The file's text (see <see cref="Problem"/>); throws <see cref="InvalidDataException"/> naming the problem if it has none.</summary>
    public static PublishedStream Open(string path, ArchiveEntry? entry = null) =>
        TryOpen(path, entry ?? ArchiveEntry.OnlyFile, out var problem) ?? throw new InvalidDataException(problem);

    /// <summary>
    /// The files <paramref name="path"/>'s ZIP archive holds (folders and what macOS's Finder adds left out), in the archive's
    /// order, for an import that reads several of them in turn; null when it is not a ZIP archive whose list of entries reads.
    /// </summary>
    public static IReadOnlyList<string>? ArchiveFiles(string path)
    {
        if (!File.Exists(path)) return null;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        Span<byte> magic = stackalloc byte[4];
        if (file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) < 4 || !(magic.SequenceEqual(Zip) || magic.SequenceEqual(EmptyZip))) return null;
        file.Position = 0;
        try
        {
            using var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return archive.Entries.Where(ArchiveEntry.IsFile).Select(e => e.FullName).ToList();
        }
        catch (InvalidDataException) { return null; }
    }

    /// <summary>Entries named in a sentence: the first eight, then how many more.</summary>
    public static string Names(IReadOnlyList<string> entries) =>
        string.Join(", ", entries.Take(8)) + (entries.Count > 8 ? $" and {entries.Count - 8} more" : "");

    private static PublishedStream? TryOpen(string path, ArchiveEntry entry, out string? problem)
    {
        problem = System.IO.Directory.Exists(path) ? "a folder, not a file" : !File.Exists(path) ? "no such file" : null;
        if (problem is not null) return null;
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            magic = magic[..file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false)];
            file.Position = 0;
            var opened = magic.StartsWith(Gzip) ? OpenGzip(file, out problem)
                : magic.StartsWith(Zip) || magic.SequenceEqual(EmptyZip) ? OpenEntry(file, entry, out problem)
                : new PublishedStream(file, null, file, null, null, file.Length);
            if (opened is null) file.Dispose();
            return opened;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static PublishedStream? OpenGzip(FileStream file, out string? problem)
    {
        // A header (10 bytes) and a trailer (8) at the least: a shorter file was cut off before any text.
        problem = file.Length < 18 ? "the gzip file is cut off: it ends before any text (download it again)" : null;
        if (problem is not null) return null;
        return new PublishedStream(file, null, new GzipMembers(file), null, null, file.Length);
    }

    private static PublishedStream? OpenEntry(FileStream file, ArchiveEntry rule, out string? problem)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException)
        {
            problem = "the ZIP archive is damaged or cut off: its list of entries, at its end, is missing or unreadable (download it again)";
            return null;
        }
        var files = archive.Entries.Where(ArchiveEntry.IsFile).ToList();
        var fits = files.Where(e => rule.Fits(e.Name)).ToList();
        // A spreadsheet saved as .xlsx is a ZIP too: what its user needs to hear is how to make it text, not its parts.
        var workbook = files.Any(e => e.FullName == "xl/workbook.xml");
        problem = (files.Count, fits.Count) switch
        {
            _ when workbook => "the file is an Excel workbook (.xlsx), not text: save the sheet as CSV (UTF-8) and import that",
            (0, _) => "the ZIP archive is empty: it holds no file",
            (_, 1) => null,
            _ when ReferenceEquals(rule, ArchiveEntry.OnlyFile) =>
                $"the file is a ZIP archive holding {files.Count} files ({Names(files)}): extract the data file from it first (unzip FILE NAME) and import that",
            (_, 0) => $"the ZIP archive holds no {rule.What}: it holds {Names(files)}",
            _ => $"the ZIP archive holds {fits.Count} files that could each be {rule.What} ({Names(fits)}): extract the one to import (unzip FILE NAME) and import that",
        };
        if (problem is not null)
        {
            archive.Dispose();
            return null;
        }
        var chosen = fits[0];
        try
        {
            return new PublishedStream(file, archive, chosen.Open(), chosen.FullName, (chosen.Crc32, chosen.Length), chosen.Length);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // An entry compressed another way than deflate (bzip2, LZMA) or encrypted, or a local header the list does not match.
            problem = $"the ZIP entry {chosen.FullName} cannot be read: {e.Message}";
            archive.Dispose();
            return null;
        }
    }

    private static string Names(IReadOnlyList<ZipArchiveEntry> entries) => Names(entries.Select(e => e.FullName).ToList());
}
