using System.Globalization;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Tests.Import;

namespace Liaison.Tests.Engagement;

/// <summary>
/// The Open Payments reader on files in the layouts CMS publishes today (Covered_Recipient_*, built here from the
/// 91 general-payment columns), beside the 2014 research sample the other tests read.
/// </summary>
public sealed class OpenPaymentsFileTests
{
    private static readonly string[] Research =
    [
        "Change_Type", "Covered_Recipient_Type", "Covered_Recipient_Profile_ID", "Covered_Recipient_NPI", "Covered_Recipient_First_Name",
        "Covered_Recipient_Last_Name", "Recipient_City", "Recipient_State", "Principal_Investigator_1_Profile_ID", "Principal_Investigator_1_NPI",
        "Principal_Investigator_1_First_Name", "Principal_Investigator_1_Last_Name", "Principal_Investigator_1_City", "Principal_Investigator_1_State",
        "Principal_Investigator_2_Profile_ID", "Principal_Investigator_2_NPI", "Principal_Investigator_2_First_Name",
        "Principal_Investigator_2_Last_Name", "Principal_Investigator_2_City", "Principal_Investigator_2_State",
        "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Total_Amount_of_Payment_USDollars", "Date_of_Payment",
        "Form_of_Payment_or_Transfer_of_Value", "Name_of_Study", "Record_ID", "Program_Year",
    ];

    private static Dictionary<string, string> Payment(string type, string recordId, string? npi = null) => new()
    {
        ["Change_Type"] = "NEW", ["Covered_Recipient_Type"] = type, ["Covered_Recipient_Profile_ID"] = "P" + recordId,
        ["Covered_Recipient_NPI"] = npi ?? "", ["Covered_Recipient_First_Name"] = "Jane", ["Covered_Recipient_Last_Name"] = "Doe",
        ["Recipient_City"] = "Denver", ["Recipient_State"] = "CO",
        ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme Pharma, Inc.",
        ["Total_Amount_of_Payment_USDollars"] = "1,500.25", ["Date_of_Payment"] = "08/15/2023",
        ["Form_of_Payment_or_Transfer_of_Value"] = "Cash or cash equivalent", ["Nature_of_Payment_or_Transfer_of_Value"] = "Consulting Fee",
        ["Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1"] = "ACMEDRUG", ["Record_ID"] = recordId, ["Program_Year"] = "2023",
    };

    internal static List<ParsedPayment> Parse(string csv)
    {
        using var text = OpenPaymentsFile.Open(FileVariants.Write("op.csv", csv));
        using var reader = text.Rows();
        var (file, problem) = OpenPaymentsFile.Recognise(reader.Header.ColNames);
        Assert.Null(problem);
        return file!.Rows(text, reader).SelectMany(r => file.Parse(r.Line, r.Values, r.Problem, DateTime.UnixEpoch)).ToList();
    }

    [Fact]
    public void A_current_general_payments_file_gives_npi_name_amount_and_nature_and_skips_teaching_hospitals()
    {
        var parsed = Parse(OpenPaymentsCsv.General(Payment("Covered Recipient Physician", "900000001", "1679576722"),
            Payment("Covered Recipient Non-Physician Practitioner", "900000002"), Payment("Covered Recipient Teaching Hospital", "900000003")));
        var payments = parsed.Where(p => p.Payment is not null).Select(p => p.Payment!).ToList();
        Assert.Equal(["900000001", "900000002"], payments.Select(p => p.RecordId));
        var first = payments[0];
        Assert.Equal(("1679576722", "JANE", "DOE", 1500.25m, "Consulting Fee", "ACMEDRUG", new DateOnly(2023, 8, 15)),
            (first.Npi, first.FirstName, first.LastName, first.Amount, first.Nature, first.ProductName, first.PaidOn));
        Assert.Equal(4, Assert.Single(parsed, p => p.Skipped).Line);
    }

    [Fact]
    public void A_research_payee_who_is_also_a_principal_investigator_is_paid_once()
    {
        string[] row =
        [
            "NEW", "Covered Recipient Physician", "111", "1679576722", "JOHN", "SMITH", "BOSTON", "MA",
            "111", "1679576722", "JOHN", "SMITH", "BOSTON", "MA", "222", "1588667638", "WILLIAM", "PILCHER", "JACKSONVILLE", "FL",
            "Acme Pharma", "25000", "03/01/2023", "Cash or cash equivalent", "A STUDY", "700000001", "2023",
        ];
        var payments = Parse(string.Join(',', Research) + "\n" + string.Join(',', row) + "\n").Select(p => p.Payment!).ToList();
        Assert.Equal([(0, "1679576722"), (2, "1588667638")], payments.Select(p => (p.Slot, p.Npi)));
    }

    [Fact]
    public void Empty_fields_past_the_header_are_ignored_and_a_filled_one_is_reported()
    {
        var lines = OpenPaymentsCsv.General(Payment("Covered Recipient Physician", "1"), Payment("Covered Recipient Physician", "2")).TrimEnd('\n').Split('\n');
        var parsed = Parse($"{lines[0]}\n{lines[1]},,\n{lines[2]},x\n");
        Assert.Equal("1", Assert.Single(parsed, p => p.Payment is not null).Payment!.RecordId);
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((3, "(row)"), (error.Line, error.Column));
        Assert.Equal(2, Parse($"{lines[0]},\n{lines[1]}\n{lines[2]}\n").Count(p => p.Payment is not null));
    }

    [Fact]
    public void A_spreadsheets_empty_rows_are_skipped_like_blank_lines()
    {
        var lines = OpenPaymentsCsv.General(Payment("Covered Recipient Physician", "1"), Payment("Covered Recipient Physician", "2")).TrimEnd('\n').Split('\n');
        var parsed = Parse($"{lines[0]}\n{lines[1]}\n,,,,\n{lines[2]}\n,,,,,,,,,\n , ,\n{new string(',', 90)}\n");
        Assert.Equal(["1", "2"], parsed.Select(p => p.Payment?.RecordId));
    }

    [Fact]
    public void A_stray_quote_costs_only_its_own_row_and_the_rows_after_it_are_read()
    {
        var stray = Payment("Covered Recipient Physician", "1");
        stray["Covered_Recipient_Last_Name"] = "O\"BRIEN";
        var csv = OpenPaymentsCsv.General(stray, Payment("Covered Recipient Physician", "2"), Payment("Covered Recipient Physician", "3"))
            .Replace("\"O\"\"BRIEN\"", "\"O\"BRIEN\"", StringComparison.Ordinal);
        var parsed = Parse(csv);
        Assert.Equal(["2", "3"], parsed.Where(p => p.Payment is not null).Select(p => p.Payment!.RecordId));
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((2, "(row)"), (error.Line, error.Column));
    }

    [Fact]
    public void A_stray_quote_before_20000_rows_costs_its_row_without_holding_the_rest_of_the_file()
    {
        var stray = Payment("Covered Recipient Physician", "0");
        stray["Covered_Recipient_Last_Name"] = "O\"BRIEN";
        var rows = Enumerable.Range(1, 20_000).Select(i => Payment("Covered Recipient Physician", i.ToString(CultureInfo.InvariantCulture)));
        var path = FileVariants.Write("op-large.csv", OpenPaymentsCsv.General([stray, .. rows])
            .Replace("\"O\"\"BRIEN\"", "\"O\"BRIEN\"", StringComparison.Ordinal));
        using (var text = OpenPaymentsFile.Open(path))
        using (var reader = text.Rows())
        {
            var file = OpenPaymentsFile.Recognise(reader.Header.ColNames).File!;
            Assert.InRange(AllocatedBytes.Until(file.Rows(text, reader), r => r.Values is null), 0, new FileInfo(path).Length / 4);
        }
        var parsed = Parse(File.ReadAllText(path));
        Assert.Equal(20_000, parsed.Count(p => p.Payment is not null));
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((2, "(row)"), (error.Line, error.Column));
        Assert.Contains("65,536 characters", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_its_column_is_a_reported_row_and_its_neighbours_are_kept()
    {
        var tooLong = Payment("Covered Recipient Physician", "1");
        tooLong["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = new string('A', 201);
        var parsed = Parse(OpenPaymentsCsv.General(tooLong, Payment("Covered Recipient Physician", "2")));
        Assert.Equal("2", Assert.Single(parsed, p => p.Payment is not null).Payment!.RecordId);
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((2, "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"), (error.Line, error.Column));
    }

    [Fact]
    public void An_npi_that_fails_the_check_digit_is_a_reported_row_and_its_neighbours_are_kept()
    {
        // 1679576722 is a real NPI; its last digit changed, the Luhn check over 80840 + the first nine digits fails.
        var parsed = Parse(OpenPaymentsCsv.General(Payment("Covered Recipient Physician", "1", "1679576723"),
            Payment("Covered Recipient Physician", "2", "1679576722")));
        Assert.Equal("2", Assert.Single(parsed, p => p.Payment is not null).Payment!.RecordId);
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((2, "Covered_Recipient_NPI", "NPI 1679576723 fails the check digit (expected 2)"), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void An_amount_too_large_to_store_is_a_reported_row()
    {
        var huge = Payment("Covered Recipient Physician", "1");
        huge["Total_Amount_of_Payment_USDollars"] = "99999999999999999";
        Assert.Equal("Total_Amount_of_Payment_USDollars", Assert.Single(Parse(OpenPaymentsCsv.General(huge))).Column);
    }

    [Theory]
    [InlineData("Date_of_Payment", "12/31/2022", "Date_of_Payment")] // program year 2023: the date is in another year
    [InlineData("Program_Year", "2012", "Program_Year")] // Open Payments began with program year 2013
    [InlineData("Program_Year", "9999", "Program_Year")] // its payments' 12/31/9999 was stored as infinity on PostgreSQL
    [InlineData("Total_Amount_of_Payment_USDollars", "-15.00", "Total_Amount_of_Payment_USDollars")]
    public void A_payment_outside_its_program_year_or_of_a_negative_amount_is_a_reported_row(string column, string value, string reported)
    {
        var bad = Payment("Covered Recipient Physician", "1");
        bad[column] = value;
        var parsed = Parse(OpenPaymentsCsv.General(bad, Payment("Covered Recipient Physician", "2")));
        Assert.Equal("2", Assert.Single(parsed, p => p.Payment is not null).Payment!.RecordId);
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((2, reported), (error.Line, error.Column));
        Assert.Contains(value, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_year_2013_general_file_numbers_its_records_General_Transaction_ID()
    {
        // The first files CMS published (program year 2013, in 2014): no Record_ID, no NPI, the 2014-era Physician_ columns.
        string[] header = ["General_Transaction_ID", "Program_Year", "Payment_Publication_Date", "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name",
            "Covered_Recipient_Type", "Teaching_Hospital_ID", "Teaching_Hospital_Name", "Physician_Profile_ID", "Physician_First_Name",
            "Physician_Middle_Name", "Physician_Last_Name", "Physician_Name_Suffix", "Recipient_City", "Recipient_State",
            "Name_of_Associated_Covered_Drug_or_Biological1", "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name",
            "Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount",
            "Form_of_Payment_or_Transfer_of_Value", "Nature_of_Payment_or_Transfer_of_Value", "Delay_in_Publication_of_General_Payment_Indicator"];
        string[] row = ["31341", "2013", "09/30/2014", "Acme Pharma", "Covered Recipient Physician", "", "", "27216", "JANE", "", "DOE", "",
            "DENVER", "CO", "ACMEDRUG", "\"Acme Pharma, Inc.\"", "12.5", "10/02/2013", "1", "In-kind items and services", "Food and Beverage", "No"];
        var parsed = Assert.Single(Parse(string.Join(',', header) + "\n" + string.Join(',', row) + "\n"));
        Assert.Null(parsed.Problem);
        var payment = parsed.Payment!;
        Assert.Equal(("31341", "27216", "DOE", 12.5m, 2013, "ACMEDRUG"), (payment.RecordId, payment.ProfileId, payment.LastName, payment.Amount,
            payment.ProgramYear, payment.ProductName));
    }

    [Fact]
    public void An_ownership_file_is_named_as_such_rather_than_for_a_missing_column()
    {
        string[] header = ["Change_Type", "Physician_Profile_ID", "Physician_NPI", "Record_ID", "Program_Year", "Total_Amount_Invested_USDollars",
            "Value_of_Interest", "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"];
        Assert.Contains("ownership", OpenPaymentsFile.Recognise(header).Problem, StringComparison.Ordinal);
    }
}
