using System.Globalization;
using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>One row of a removed and deleted records file, read: the payments it withdraws, or why it is refused or skipped.</summary>
internal sealed record RemovedRecord(int Line, ExternalPaymentKind? Kind, string? RecordId, string? Column, string? Problem, bool Skipped = false);

/// <summary>
/// CMS's removed and deleted records file (<c>OP_REMOVED_DELETED_PGYR2023_P01302025_01212025.csv</c>, in each program year's
/// ZIP): the records an earlier publication of the program year gave and the current one no longer does, named by their
/// Open Payments Record_ID alone. Its columns, by name: <c>Change_Type</c> (DELETED: the reporting entity deleted the record;
/// REMOVED: it became ineligible for publication), <c>Program_Year</c>, <c>Payment_Type</c> (general, research, or ownership
/// and investment) and <c>Record_ID</c>.
/// </summary>
internal static class RemovedRecordsFile
{
    private static readonly string[] Columns = ["Change_Type", "Program_Year", "Payment_Type", "Record_ID"];

    /// <summary>Whether a header is this file's: its four columns, and no payment amount (a payments file also has Change_Type and Record_ID).</summary>
    public static bool Recognise(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Columns.All(names.Contains) && !names.Contains("Total_Amount_of_Payment_USDollars");
    }

    /// <summary>
    /// The rows of <paramref name="text"/>, each read or refused; its header, its rows' shape, blank and empty rows and NUL
    /// characters are <see cref="HeaderNamedCsv"/>'s, as for the other files read by header name.
    /// </summary>
    public static IEnumerable<RemovedRecord> Rows(BoundedCsvText text) =>
        HeaderNamedCsv.Read<RemovedRecord>(text, Columns, "an Open Payments removed and deleted records file", name => name,
                index => (fields, line) => new(Read((int)line, fields[index["Change_Type"]].Trim(), fields[index["Program_Year"]].Trim(),
                    fields[index["Payment_Type"]].Trim(), fields[index["Record_ID"]].Trim()), null, line))
            .Select(p => p.Record ?? new RemovedRecord((int)p.Line, null, null, p.Error!.Column, p.Error.Reason));

    /// <summary>One row's values read by the file's rules.</summary>
    internal static RemovedRecord Read(int line, string change, string year, string type, string record)
    {
        if (record.Length == 0) return new(line, null, null, "Record_ID", "is empty");
        if (record.Length > ExternalPaymentWidths.RecordId || !record.All(char.IsAsciiDigit))
            return new(line, null, null, "Record_ID", $"'{Shown(record)}' is not an Open Payments record id (a number of up to {ExternalPaymentWidths.RecordId} digits)");
        if (!change.Equals("DELETED", StringComparison.OrdinalIgnoreCase) && !change.Equals("REMOVED", StringComparison.OrdinalIgnoreCase))
            return new(line, null, null, "Change_Type", $"'{Shown(change)}' is neither DELETED nor REMOVED");
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2013 or > 2100)
            return new(line, null, null, "Program_Year", $"'{Shown(year)}' is not an Open Payments program year (2013 on)");
        if (type.Contains("Ownership", StringComparison.OrdinalIgnoreCase) || type.Contains("Investment", StringComparison.OrdinalIgnoreCase))
            return new(line, null, record, "Payment_Type", "an ownership or investment interest: those are not imported", Skipped: true);
        ExternalPaymentKind? kind = type.Contains("General", StringComparison.OrdinalIgnoreCase) ? ExternalPaymentKind.General
            : type.Contains("Research", StringComparison.OrdinalIgnoreCase) ? ExternalPaymentKind.Research : null;
        return kind is null
            ? new(line, null, null, "Payment_Type", $"'{Shown(type)}' is not an Open Payments payment type (general, research, or ownership and investment)")
            : new(line, kind, record, null, null);
    }

    private static string Shown(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
