using Liaison.Core.Engagement.OpenPayments;
using static Liaison.TestSupport.OpenPaymentsCsv;

namespace Liaison.Tests.Engagement;

/// <summary>
/// Open Payments files of every program year's layout (2013's first files, 2014–2015, 2016–2020 with Physician_ columns,
/// today's Covered_Recipient_ ones) and values as long as CMS's data dictionary allows.
/// </summary>
public sealed class OpenPaymentsProgramYearTests
{
    private static List<ParsedPayment> Parse(IReadOnlyList<string> layout, params Dictionary<string, string>[] rows) =>
        OpenPaymentsFileTests.Parse(OpenPaymentsCsv.Layout(layout, rows));

    [Fact]
    public void The_2014_and_2015_general_layout_names_the_physician_by_profile_id_and_the_drug_of_its_first_slot()
    {
        var payment = Assert.Single(Parse(OpenPaymentsProgramYears.General2014,
            PhysicianPayment(2014, ("Name_of_Associated_Covered_Drug_or_Biological1", "ELIQUIS")))).Payment!;
        Assert.Equal(("20140001", null, "27216", "DOE", 2014, "Food and Beverage", "ELIQUIS"),
            (payment.RecordId, payment.Npi, payment.ProfileId, payment.LastName, payment.ProgramYear, payment.Nature, payment.ProductName));
    }

    [Fact]
    public void The_2016_to_2020_general_layout_names_the_physician_by_profile_id_and_the_product_of_its_first_slot()
    {
        var payment = Assert.Single(Parse(OpenPaymentsProgramYears.General2016,
            PhysicianPayment(2019, ("Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Drug"),
                ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Eliquis")))).Payment!;
        Assert.Equal(("20190001", "27216", "JANE", 12.50m, new DateOnly(2019, 10, 2), "Eliquis"),
            (payment.RecordId, payment.ProfileId, payment.FirstName, payment.Amount, payment.PaidOn, payment.ProductName));
    }

    [Fact]
    public void A_program_year_2013_research_row_takes_its_drug_named_without_covered_and_its_study()
    {
        var row = PhysicianPayment(2013, ("Research_Transaction_ID", "2013000401"), ("Name_of_Associated_Drug_or_Biological1", "XARELTO"),
            ("Name_of_Study", "ROCKET AF"), ("Principal_Investigator_Name1", "JANE A DOE"));
        var payment = Assert.Single(Parse(OpenPaymentsProgramYears.Research2013, row)).Payment!;
        Assert.Equal((ExternalPaymentKind.Research, "2013000401", "27216", "XARELTO", "ROCKET AF", "Research"),
            (payment.Kind, payment.RecordId, payment.ProfileId, payment.ProductName, payment.StudyName, payment.Nature));
    }

    [Fact]
    public void Values_as_long_as_cms_publishes_them_are_kept_and_counted_in_characters_not_dotnet_chars()
    {
        // CMS's maxima: Record_ID and profile ids NUMBER(38), first name 20, last name 35, city 40, state 2, payer 100,
        // nature 200, form 100, product 500 characters; ten of the product's characters are beyond U+FFFF.
        var product = Characters(490) + Characters(10, "\U0001D53E");
        var longest = OpenPaymentsCsv.Payment(Characters(38, "9"), ("Covered_Recipient_Profile_ID", Characters(38, "7")),
            ("Covered_Recipient_First_Name", Characters(20, "J")), ("Covered_Recipient_Last_Name", Characters(35, "D")),
            ("Recipient_City", Characters(40, "C")), ("Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", Characters(100, "P")),
            ("Nature_of_Payment_or_Transfer_of_Value", Characters(200, "N")), ("Form_of_Payment_or_Transfer_of_Value", Characters(100, "F")),
            ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", product));
        var beyond = OpenPaymentsCsv.Payment("2", ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", product + "\U0001D53E"));
        var parsed = OpenPaymentsFileTests.Parse(OpenPaymentsCsv.General(longest, beyond));

        var payment = Assert.Single(parsed, p => p.Payment is not null).Payment!;
        Assert.Equal((38, 38, 20, 35, 40, 100, 200, 100, product), (payment.RecordId.Length, payment.ProfileId!.Length, payment.FirstName.Length,
            payment.LastName.Length, payment.City!.Length, payment.PayerName.Length, payment.Nature.Length, payment.Form!.Length, payment.ProductName));
        var error = Assert.Single(parsed, p => p.Problem is not null);
        Assert.Equal((3, "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "501 characters: longer than the 500 this field holds"),
            (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void A_study_name_of_any_length_is_kept_whole_as_cms_sets_it_no_maximum()
    {
        var study = string.Concat(Enumerable.Repeat("A randomized, double-blind, placebo-controlled study of ACMEDRUG in adults. ", 30)).TrimEnd();
        var row = new Dictionary<string, string>
        {
            ["Change_Type"] = "NEW", ["Covered_Recipient_Type"] = "Covered Recipient Teaching Hospital",
            ["Principal_Investigator_1_Profile_ID"] = "222", ["Principal_Investigator_1_NPI"] = "1588667638",
            ["Principal_Investigator_1_First_Name"] = "WILLIAM", ["Principal_Investigator_1_Last_Name"] = "PILCHER",
            ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme Pharma", ["Total_Amount_of_Payment_USDollars"] = "25000",
            ["Date_of_Payment"] = "03/01/2023", ["Name_of_Study"] = study, ["Record_ID"] = "700000001", ["Program_Year"] = "2023",
        };
        var payment = Assert.Single(Parse(OpenPaymentsProgramYears.Research, row)).Payment!;
        Assert.Equal((1, "1588667638", study), (payment.Slot, payment.Npi, payment.StudyName));
        Assert.True(study.Length > 2000);
    }
}
