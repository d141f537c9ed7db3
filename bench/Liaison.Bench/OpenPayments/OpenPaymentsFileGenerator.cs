using System.Globalization;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Engagement.Transfers;

namespace Liaison.Bench.OpenPayments;

/// <summary>
/// A CMS Open Payments general-payments file in today's layout (its 91 published columns, <see cref="OpenPaymentsLayout"/>),
/// one payment to a physician a row, ten payments per physician, each with its own Record_ID, every field quoted as CMS
/// quotes them. Deterministic.
/// </summary>
internal static class OpenPaymentsFileGenerator
{
    /// <summary>The columns the importer keeps (the rest of each row is read past): what the anchor stores.</summary>
    public static readonly string[] Stored =
    [
        "Record_ID", "Program_Year", "Covered_Recipient_Type", "Covered_Recipient_NPI", "Covered_Recipient_Profile_ID",
        "Covered_Recipient_First_Name", "Covered_Recipient_Last_Name", "Recipient_City", "Recipient_State",
        "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Total_Amount_of_Payment_USDollars", "Date_of_Payment",
        "Nature_of_Payment_or_Transfer_of_Value", "Form_of_Payment_or_Transfer_of_Value", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1",
    ];

    private static readonly string[] Natures = ["Food and Beverage", "Consulting Fee", "Travel and Lodging", "Education", "Honoraria"];

    /// <param name="published">
    /// The publication: CMS publishes each program year again every year, every record given again with the new
    /// publication's date (P01302025: January 2025's; a later one makes another file of the same records).
    /// </param>
    public static string Write(string folder, int rows, string published = "P01302025")
    {
        var path = Path.Combine(folder, $"OP_DTL_GNRL_PGYR2023_{published}-{rows}.csv");
        if (File.Exists(path)) return path;
        var random = new Random(2023);
        var columns = OpenPaymentsLayout.GeneralPayments;
        var date = $"{published[1..3]}/{published[3..5]}/{published[5..]}";
        using var w = new StreamWriter(path);
        w.WriteLine(string.Join(',', columns));
        foreach (var row in Rows(rows, random))
        {
            row["Payment_Publication_Date"] = date;
            w.WriteLine(string.Join(',', columns.Select(c => $"\"{row.GetValueOrDefault(c)}\"")));
        }
        return path;
    }

    /// <summary>The stored fields of each row of the file <see cref="Write"/> writes, in <see cref="Stored"/>'s order.</summary>
    public static IEnumerable<string[]> StoredValues(int rows) =>
        Rows(rows, new Random(2023)).Select(r => Stored.Select(c => r.GetValueOrDefault(c) ?? "").ToArray());

    private static IEnumerable<Dictionary<string, string>> Rows(int rows, Random random)
    {
        var f = CultureInfo.InvariantCulture;
        for (var i = 0; i < rows; i++)
        {
            var physician = i / 10;
            var nine = $"1{physician:D8}";
            var paid = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 365));
            yield return new Dictionary<string, string>
            {
                ["Record_ID"] = $"{900000000 + i}", ["Program_Year"] = "2023", ["Covered_Recipient_Type"] = "Covered Recipient Physician",
                ["Covered_Recipient_NPI"] = nine + Npi.CheckDigit(nine), ["Covered_Recipient_Profile_ID"] = $"{100000 + physician}",
                ["Covered_Recipient_First_Name"] = $"First{physician}", ["Covered_Recipient_Last_Name"] = $"Last{physician}",
                ["Recipient_City"] = "Houston", ["Recipient_State"] = "TX",
                ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = $"Payer {random.Next(0, 200)} Pharmaceuticals, Inc.",
                ["Total_Amount_of_Payment_USDollars"] = (random.Next(100, 500_000) / 100m).ToString("0.00", f),
                ["Date_of_Payment"] = paid.ToString("MM/dd/yyyy", f), ["Nature_of_Payment_or_Transfer_of_Value"] = Natures[i % Natures.Length],
                ["Form_of_Payment_or_Transfer_of_Value"] = "In-kind items and services",
                ["Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1"] = $"Product{random.Next(0, 50)}",
            };
        }
    }
}
