using System.Globalization;
using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>One recipient of one row, parsed; or the reason the row was refused.</summary>
internal sealed record ParsedPayment(int Line, ExternalPayment? Payment, string? Column, string? Problem, bool Skipped = false);

/// <summary>
/// Reads a CMS Open Payments public file by header name: general payments (Nature_of_Payment_or_Transfer_of_Value)
/// or research payments (Name_of_Study / principal investigators), in the current layout (Covered_Recipient_NPI,
/// Covered_Recipient_Profile_ID ...) or the 2014-era one (Physician_Profile_ID, Physician_First_Name, no NPI; program year
/// 2013's General_Transaction_ID / Research_Transaction_ID for Record_ID).
/// </summary>
internal sealed class OpenPaymentsFile
{
    private static readonly string[] Required =
        ["Record_ID", "Program_Year", "Total_Amount_of_Payment_USDollars", "Date_of_Payment",
         "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"];

    /// <summary>The columns this importer reads, in the header's order, and their indexes: chosen once, not on every row.</summary>
    private readonly (string Name, int Index)[] _read;

    /// <summary>The width of each read column (<see cref="Width"/>), worked out once.</summary>
    private readonly Dictionary<string, int?> _widths;

    private OpenPaymentsFile(Dictionary<string, int> columns, ExternalPaymentKind kind)
    {
        _read = columns.Where(c => IsRead(c.Key)).Select(c => (c.Key, c.Value)).ToArray();
        _widths = _read.ToDictionary(c => c.Name, c => Width(c.Name), StringComparer.OrdinalIgnoreCase);
        Kind = kind;
    }

    public ExternalPaymentKind Kind { get; }

    /// <summary>
    /// The longest record read (see <see cref="BoundedCsvText"/>): free-text values (Contextual_Information, up to 500
    /// characters in CMS's data dictionary; Name_of_Study, 500 in the published files) may carry line breaks, and the widest
    /// layout, research payments with five principal investigators (about 250 columns), stays well under 64 KiB.
    /// </summary>
    internal const int MaxRecordChars = 64 * 1024;

    /// <summary>The text of <paramref name="path"/>, whose <see cref="BoundedCsvText.Rows"/> leave short and long rows to <see cref="Rows"/> to report.</summary>
    public static BoundedCsvText Open(string path) => Text(PublishedFile.Open(path));

    /// <summary>The text of <paramref name="stream"/> (a file, or one entry of a program year's archive), as <see cref="Open"/>.</summary>
    public static BoundedCsvText Text(Stream stream) => new(TextInput.Reader(stream), MaxRecordChars);

    /// <summary>The layout of a header, or why it is not an Open Payments file.</summary>
    public static (OpenPaymentsFile? File, string? Problem) Recognise(IReadOnlyList<string> header)
    {
        // By name, as CMS spells it; stray spaces and another case (a re-saved file) still match.
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) columns.TryAdd(Current(header[i].Trim()), i);
        if (columns.ContainsKey("Total_Amount_Invested_USDollars"))
            return (null, "an Open Payments ownership and investment file: only general and research payment files are imported");
        if (Required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
            return (null, $"not an Open Payments general or research file: column {missing} is missing");
        var kind = columns.ContainsKey("Nature_of_Payment_or_Transfer_of_Value") ? ExternalPaymentKind.General
            : columns.ContainsKey("Name_of_Study") || columns.ContainsKey("Principal_Investigator_1_Profile_ID") ? ExternalPaymentKind.Research
            : (ExternalPaymentKind?)null;
        return kind is null
            ? (null, "not an Open Payments file: neither Nature_of_Payment_or_Transfer_of_Value (general) nor Name_of_Study (research) is present")
            : (new OpenPaymentsFile(columns, kind.Value), null);
    }

    /// <summary>
    /// A column as the files since program year 2014 name it: the program year 2013 files (published in 2014) number
    /// their records General_Transaction_ID or Research_Transaction_ID, not Record_ID.
    /// </summary>
    private static string Current(string name) =>
        name.Equals("General_Transaction_ID", StringComparison.OrdinalIgnoreCase) || name.Equals("Research_Transaction_ID", StringComparison.OrdinalIgnoreCase)
            ? "Record_ID" : name;

    /// <summary>
    /// The data rows of <paramref name="text"/>'s <paramref name="reader"/> as (line, values of the columns this importer
    /// reads), blank lines and empty rows skipped; a stray quote's row, a row with fewer fields than the header (a truncated last line)
    /// or with text past it has no values but the problem.
    /// </summary>
    public IEnumerable<(int Line, Dictionary<string, string>? Values, string? Problem)> Rows(BoundedCsvText text, SepReader reader)
    {
        var width = CsvRowShape.NamedWidth(reader.Header.ColNames);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (text.Runaway(line) is { } runaway) yield return (line, null, runaway);
            // A blank line, or a spreadsheet's empty row (commas and nothing between, as Excel leaves at a re-saved file's end).
            else if (CsvRowShape.IsEmpty(row)) continue;
            else if (!CsvRowShape.Fits(row, width))
                yield return (line, null, $"the row has {row.ColCount} fields; the header has {width} (a cut-off line, or text past the header)");
            else yield return (line, Read(row), null);
        }
    }

    private Dictionary<string, string> Read(SepReader.Row row)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, i) in _read)
            if (row[i].Span.Trim() is { Length: > 0 } v) values[name] = v.ToString();
        return values;
    }

    private static bool IsRead(string name) => Required.Contains(name, StringComparer.OrdinalIgnoreCase) || name.StartsWith("Covered_Recipient_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Physician_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Principal_Investigator_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Recipient_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Name_of_", StringComparison.OrdinalIgnoreCase)
        || name is "Nature_of_Payment_or_Transfer_of_Value" or "Form_of_Payment_or_Transfer_of_Value";

    /// <param name="problem">Why the row has no <paramref name="values"/>, from <see cref="Rows"/>.</param>
    public IEnumerable<ParsedPayment> Parse(int line, IReadOnlyDictionary<string, string>? values, string? problem, DateTime importedAt)
    {
        if (values is null) return [new(line, null, "(row)", problem)];
        // A value wider than the column that stores it is this row's defect, not a failed import. Widths count characters, as
        // CMS's maxima and PostgreSQL's varchar do: a character beyond U+FFFF is one, though .NET spends two chars on it.
        // Every value is of a read column (Read), whose width is known.
        foreach (var (column, value) in values)
            if (NulCharacter.In(value)) return [new(line, null, column, NulCharacter.Reason)];
            else if (_widths[column] is { } max && value.Length > max && Characters(value) is var length && length > max)
                return [new(line, null, column, $"{length} characters: longer than the {max} this field holds")];
        string? Get(string name) => values.GetValueOrDefault(name);
        string? First(params string[] names) => names.Select(Get).FirstOrDefault(v => v is not null);

        var recordId = Get("Record_ID");
        if (recordId is null) return [new(line, null, "Record_ID", "is empty")];
        if (!int.TryParse(Get("Program_Year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return [new(line, null, "Program_Year", $"'{Get("Program_Year")}' is not a year")];
        if (year < 2013) return [new(line, null, "Program_Year", $"{year} is not an Open Payments program year (they start in 2013)")];
        if (year > 2100) return [new(line, null, "Program_Year", $"{year} is not an Open Payments program year")];
        if (!decimal.TryParse(Get("Total_Amount_of_Payment_USDollars"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || Math.Abs(amount) > Data.LiaisonDbContext.LargestDecimal)
            return [new(line, null, "Total_Amount_of_Payment_USDollars", $"'{Get("Total_Amount_of_Payment_USDollars")}' is not an amount")];
        if (!DateOnly.TryParseExact(Get("Date_of_Payment"), ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var paidOn))
            return [new(line, null, "Date_of_Payment", $"'{Get("Date_of_Payment")}' is not a date (MM/DD/YYYY)")];
        // CMS's program year is the year the payment was made: a date outside it is a damaged row, not a payment to count twice.
        if (paidOn.Year != year)
            return [new(line, null, "Date_of_Payment", $"{Get("Date_of_Payment")} is not in program year {year}")];
        if (amount < 0)
            return [new(line, null, "Total_Amount_of_Payment_USDollars", $"{Get("Total_Amount_of_Payment_USDollars")} is negative: a payment is a positive amount")];
        var payer = Get("Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name");
        if (payer is null) return [new(line, null, "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "is empty")];

        ExternalPayment Payment(int slot, string? npi, string? profile, string? first, string? last, string? city, string? state) => new()
        {
            Id = Guid.CreateVersion7(), Kind = Kind, RecordId = recordId, Slot = slot, ProgramYear = year, Npi = npi,
            ProfileId = profile, FirstName = (first ?? "").ToUpperInvariant(), LastName = (last ?? "").ToUpperInvariant(),
            City = city?.ToUpperInvariant(), State = state?.ToUpperInvariant(), PayerName = payer, Amount = Math.Round(amount, 2), PaidOn = paidOn,
            Nature = Kind == ExternalPaymentKind.General ? Get("Nature_of_Payment_or_Transfer_of_Value") ?? "" : "Research",
            Form = Get("Form_of_Payment_or_Transfer_of_Value"),
            // Today's layout; the 2014–2015 one (and 2013's general file); 2013's research file, which has no "Covered" in the name.
            ProductName = First("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Name_of_Associated_Covered_Drug_or_Biological1",
                "Name_of_Associated_Covered_Device_or_Medical_Supply1", "Name_of_Associated_Drug_or_Biological1"),
            StudyName = Get("Name_of_Study"), ImportedAt = importedAt,
        };

        var found = new List<ParsedPayment>();
        var type = Get("Covered_Recipient_Type") ?? "";
        var individual = type.Contains("Physician", StringComparison.OrdinalIgnoreCase)
                         || type.Contains("Practitioner", StringComparison.OrdinalIgnoreCase);
        string? payeeNpi = null, payeeProfile = null;
        if (individual)
        {
            payeeNpi = Get("Covered_Recipient_NPI");
            if (payeeNpi is not null && Npi.Problem(payeeNpi) is { } badPayee) return [new(line, null, "Covered_Recipient_NPI", badPayee)];
            payeeProfile = First("Covered_Recipient_Profile_ID", "Physician_Profile_ID");
            found.Add(new(line, Payment(0, payeeNpi, payeeProfile,
                First("Covered_Recipient_First_Name", "Physician_First_Name"), First("Covered_Recipient_Last_Name", "Physician_Last_Name"),
                Get("Recipient_City"), Get("Recipient_State")), null, null));
        }
        for (var k = 1; k <= 5 && Kind == ExternalPaymentKind.Research; k++)
        {
            var p = $"Principal_Investigator_{k}_";
            var profile = Get(p + "Profile_ID");
            var last = Get(p + "Last_Name");
            if (profile is null && last is null) continue;
            var npi = Get(p + "NPI");
            if (npi is not null && Npi.Problem(npi) is { } badInvestigator) return [new(line, null, p + "NPI", badInvestigator)];
            // A physician paid for research is often also its principal investigator: one payment to them, not two.
            if ((npi is not null && npi == payeeNpi) || (profile is not null && profile == payeeProfile)) continue;
            found.Add(new(line, Payment(k, npi, profile, Get(p + "First_Name"), last, Get(p + "City"), Get(p + "State")), null, null));
        }
        return found.Count > 0 ? found : [new(line, null, "Covered_Recipient_Type", $"'{type}' is not paid to an individual", Skipped: true)];
    }

    private static int Characters(string value) => value.EnumerateRunes().Count();

    /// <summary>The width of the <see cref="ExternalPayment"/> column a read field is stored in; null when it is unbounded or not stored.</summary>
    private static int? Width(string column)
    {
        bool Ends(string suffix) => column.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        if (Ends("Record_ID")) return ExternalPaymentWidths.RecordId;
        if (Ends("_Profile_ID")) return ExternalPaymentWidths.ProfileId;
        if (Ends("_State")) return ExternalPaymentWidths.State;
        if (Ends("_First_Name") || Ends("_Last_Name")) return ExternalPaymentWidths.Name;
        if (Ends("_City")) return ExternalPaymentWidths.City;
        if (Ends("Form_of_Payment_or_Transfer_of_Value")) return ExternalPaymentWidths.Form;
        if (Ends("_Making_Payment_Name")) return ExternalPaymentWidths.Payer;
        if (Ends("Nature_of_Payment_or_Transfer_of_Value")) return ExternalPaymentWidths.Nature;
        return Ends("_Supply_1") || Ends("_Biological1") || Ends("_Supply1") ? ExternalPaymentWidths.Product : null;
    }
}
