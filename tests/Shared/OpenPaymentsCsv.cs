using Liaison.Core.Engagement.Transfers;

namespace Liaison.TestSupport;

/// <summary>Open Payments general-payments files in the CMS layout, each row given by column name (other columns empty).</summary>
public static class OpenPaymentsCsv
{
    /// <summary>A food-and-beverage payment to a physician with every field the importer needs, changed where a test says.</summary>
    public static Dictionary<string, string> Payment(string recordId, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["Change_Type"] = "NEW", ["Covered_Recipient_Type"] = "Covered Recipient Physician", ["Covered_Recipient_First_Name"] = "Alex",
            ["Covered_Recipient_Last_Name"] = "TESTER", ["Recipient_State"] = "MA",
            ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme", ["Total_Amount_of_Payment_USDollars"] = "10.00",
            ["Date_of_Payment"] = "08/15/2023", ["Nature_of_Payment_or_Transfer_of_Value"] = "Food and Beverage", ["Record_ID"] = recordId,
            ["Program_Year"] = "2023",
        };
        foreach (var (column, value) in changes) values[column] = value;
        return values;
    }

    /// <summary>
    /// A physician's food-and-beverage payment in the 2013–2020 layouts (<see cref="OpenPaymentsProgramYears"/>: Physician_
    /// columns, no NPI) in program year <paramref name="year"/>, changed where a test says.
    /// </summary>
    public static Dictionary<string, string> PhysicianPayment(int year, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["Change_Type"] = "NEW", ["Covered_Recipient_Type"] = "Covered Recipient Physician", ["Physician_Profile_ID"] = "27216",
            ["Physician_First_Name"] = "JANE", ["Physician_Last_Name"] = "DOE", ["Recipient_City"] = "DENVER", ["Recipient_State"] = "CO",
            ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme Pharma, Inc.", ["Total_Amount_of_Payment_USDollars"] = "12.50",
            ["Date_of_Payment"] = $"10/02/{year}", ["Form_of_Payment_or_Transfer_of_Value"] = "In-kind items and services",
            ["Nature_of_Payment_or_Transfer_of_Value"] = "Food and Beverage", ["Record_ID"] = $"{year}0001", ["Program_Year"] = $"{year}",
        };
        foreach (var (column, value) in changes) values[column] = value;
        return values;
    }

    /// <summary><paramref name="count"/> characters, each <paramref name="unit"/> (a character beyond U+FFFF takes two .NET chars).</summary>
    public static string Characters(int count, string unit = "A") => string.Concat(Enumerable.Repeat(unit, count));

    /// <summary>The file's text: the CMS header, then one line per row, quoted as CMS quotes.</summary>
    public static string General(params IReadOnlyDictionary<string, string>[] rows) => Layout(OpenPaymentsLayout.GeneralPayments, rows);

    /// <summary>A file of another layout (a program year's, or research payments): its header, then one line per row.</summary>
    public static string Layout(IReadOnlyList<string> columns, params IReadOnlyDictionary<string, string>[] rows) =>
        string.Join('\n', rows.Select(r => string.Join(',', columns.Select(c => OpenPaymentsExport.Csv(r.GetValueOrDefault(c)))))
            .Prepend(string.Join(',', columns))) + "\n";

    /// <summary>The file written as <paramref name="fileName"/> in a test folder of its own; its path.</summary>
    public static string Write(string fileName, params IReadOnlyDictionary<string, string>[] rows) => WriteText(fileName, General(rows));

    /// <summary><paramref name="text"/> written as <paramref name="fileName"/> in a test folder of its own; its path.</summary>
    public static string WriteText(string fileName, string text)
    {
        var path = Path.Combine(TestTemp.Folder("op-"), fileName);
        File.WriteAllText(path, text);
        return path;
    }
}
