namespace Liaison.Core.Common;

/// <summary>
/// Which entry of a ZIP archive an import reads: the public sources publish their data file in a ZIP beside others (a
/// header-only copy, reference files, a readme). <paramref name="What"/> names it in a refusal ("an npidata_pfile_….csv
/// data file"); <paramref name="Fits"/> is asked about each entry's file name, its folders left off.
/// </summary>
public sealed record ArchiveEntry(string What, Func<string, bool> Fits)
{
    /// <summary>An archive holding one file is read as that file; one holding several is refused naming them.</summary>
    public static readonly ArchiveEntry OnlyFile = new("one data file", _ => true);

    /// <summary>The entry <paramref name="fullName"/> (as <see cref="PublishedFile.ArchiveFiles"/> gives it), of an archive read entry by entry.</summary>
    public static ArchiveEntry Named(string fullName) => new(fullName, name => name == Path.GetFileName(fullName));

    /// <summary>Whether the entry is a file a user put in the archive: not a folder, nor what macOS's Finder adds.</summary>
    internal static bool IsFile(System.IO.Compression.ZipArchiveEntry entry) =>
        entry.Name.Length > 0 && !entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && entry.Name != ".DS_Store";
}
