using Liaison.Core.Common;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// What CMS's program-year download (<c>PGYR2023_P01302025_01212025.zip</c>) holds, by its entries' names as CMS gives
/// them: <c>OP_DTL_GNRL_PGYR…csv</c> (general payments) and <c>OP_DTL_RSRCH_PGYR…csv</c> (research payments), imported
/// in turn, after <c>OP_REMOVED_DELETED_PGYR…csv</c>, the records of an earlier publication CMS has withdrawn since
/// (<see cref="ImportRemovedRecords"/>); <c>OP_DTL_OWNRSHP_PGYR…csv</c>, physicians' ownership and investment interests in the
/// manufacturer (not a payment to an HCP), skipped with a note; the <c>OP_PGYR…_README_….txt</c> and anything else, left alone.
/// </summary>
public static class ProgramYearArchive
{
    /// <summary>A payments entry of the archive, and which payments its name says it holds.</summary>
    public sealed record Entry(string Name, ExternalPaymentKind Kind);

    /// <summary>
    /// The payments entries in the order they are imported (general, then research), the ownership entries skipped, and the
    /// removed and deleted records entries, applied first.
    /// </summary>
    public sealed record Contents(IReadOnlyList<Entry> Payments, IReadOnlyList<string> Ownership, IReadOnlyList<string> Removals);

    public const string OwnershipReason =
        "physicians' ownership and investment interests in the manufacturer or GPO, not payments to HCPs: not imported";

    private const string What =
        "Open Payments general or research payments file (OP_DTL_GNRL_….csv, OP_DTL_RSRCH_….csv) or removed and deleted records file (OP_REMOVED_DELETED_….csv)";

    /// <summary>Sorts an archive's files (<see cref="PublishedFile.ArchiveFiles"/>) by what their names say they hold.</summary>
    public static Contents Select(IReadOnlyList<string> files)
    {
        var payments = new List<Entry>();
        var ownership = new List<string>();
        var removals = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
            if (name.StartsWith("OP_DTL_GNRL_", StringComparison.OrdinalIgnoreCase)) payments.Add(new(file, ExternalPaymentKind.General));
            else if (name.StartsWith("OP_DTL_RSRCH_", StringComparison.OrdinalIgnoreCase)) payments.Add(new(file, ExternalPaymentKind.Research));
            else if (name.StartsWith("OP_DTL_OWNRSHP_", StringComparison.OrdinalIgnoreCase)) ownership.Add(file);
            else if (name.StartsWith("OP_REMOVED_DELETED_", StringComparison.OrdinalIgnoreCase)) removals.Add(file);
        }
        return new(payments.OrderBy(e => e.Kind).ToList(), ownership, removals);
    }

    /// <summary>
    /// The contents of <paramref name="path"/> when it is a ZIP archive of several files (one file, or a file that is not a ZIP,
    /// is imported as a file: null), or why it holds nothing to import, naming what it holds.
    /// </summary>
    public static (Contents? Contents, string? Problem)? Of(string path)
    {
        if (PublishedFile.ArchiveFiles(path) is not { Count: > 1 } files) return null;
        var contents = Select(files);
        return contents.Payments.Count + contents.Removals.Count > 0 ? (contents, null) : (null, $"the ZIP archive holds no {What}: it holds {PublishedFile.Names(files)}");
    }
}
