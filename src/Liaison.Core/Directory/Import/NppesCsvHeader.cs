using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// How the NPPES CSV files (the npidata file, the practice location file) are opened: as published (plain, gzip, or the
/// entry of CMS's ZIP), their records bounded (<see cref="NppesFileSource.MaxRecordChars"/>), their header read for a layout.
/// </summary>
internal static class NppesCsvHeader
{
    public static BoundedCsvText Text(Stream stream) => new(TextInput.Reader(stream, leaveOpen: true), NppesFileSource.MaxRecordChars);

    /// <summary>
    /// The layout <paramref name="from"/> finds in the file's header, or the problem that leaves no file to read: an unreadable
    /// file, an empty one, damage before the header, or a header that lacks required columns (<paramref name="notIt"/> says so).
    /// </summary>
    public static string? Open<T>(string path, ArchiveEntry entry, Func<IReadOnlyList<string>, (T? Layout, IReadOnlyList<string> Missing)> from,
        string what, out T? layout, out long total) where T : class
    {
        (layout, total) = (null, 0);
        if (PublishedFile.Problem(path, entry) is { } unreadable) return unreadable;
        using var stream = PublishedFile.Open(path, entry);
        total = stream.Total;
        using var reader = Text(stream).Rows();
        // Damage past the header is the rows' (reported by line as they are read); damage before it leaves no file to read.
        var damaged = stream.Damage is { } damage ? $"line 1: {damage}" : null;
        if (reader.Header.ColNames.Count == 0) return damaged ?? $"the file is empty: expected the {what} header row";
        var (found, missing) = from(reader.Header.ColNames);
        layout = found;
        if (found is null && damaged is not null) return damaged;
        return found is null
            ? $"not an {what} file: the header lacks {string.Join(", ", missing.Take(5).Select(m => $"'{m}'"))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}"
            : null;
    }
}
