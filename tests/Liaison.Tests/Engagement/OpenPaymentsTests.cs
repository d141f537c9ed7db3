using Liaison.Core.Engagement.Demo;
using Liaison.Core.Engagement.Transfers;
using nietras.SeparatedValues;

namespace Liaison.Tests.Engagement;

public sealed class OpenPaymentsTests
{
    private static string Sample => Path.Combine(Directory.NppesRows.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv");

    [Fact]
    public void The_export_layout_has_the_91_general_payment_columns_in_cms_order()
    {
        var c = OpenPaymentsLayout.GeneralPayments;
        Assert.Equal(91, c.Count);
        Assert.Equal(c.Count, c.Distinct().Count());
        Assert.Equal("Change_Type", c[0]);
        Assert.Equal(["Covered_Recipient_Profile_ID", "Covered_Recipient_NPI", "Covered_Recipient_First_Name"], c.Skip(5).Take(3));
        Assert.Equal(["Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount",
            "Form_of_Payment_or_Transfer_of_Value", "Nature_of_Payment_or_Transfer_of_Value"], c.Skip(41).Take(5));
        Assert.Equal(["Program_Year", "Payment_Publication_Date"], c.TakeLast(2));
    }

    [Fact]
    public void Columns_shared_with_the_real_2014_file_are_spelled_exactly_as_cms_spells_them()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Sample);
        var real = reader.Header.ColNames;
        var shared = OpenPaymentsLayout.GeneralPayments.Where(ours => real.Any(r => string.Equals(r, ours, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(shared.Count >= 20, $"only {shared.Count} columns in common");
        foreach (var ours in shared) Assert.Contains(ours, real);
        foreach (var name in new[] { "Change_Type", "Covered_Recipient_Type", "Total_Amount_of_Payment_USDollars", "Date_of_Payment",
                     "Form_of_Payment_or_Transfer_of_Value", "Record_ID", "Program_Year", "Payment_Publication_Date" })
            Assert.Contains(name, shared);
    }

    [Theory]
    [InlineData(PaymentNature.FoodAndBeverage, "Food and Beverage")]
    [InlineData(PaymentNature.TravelAndLodging, "Travel and Lodging")]
    [InlineData(PaymentNature.Honoraria, "Honoraria")]
    [InlineData(PaymentNature.Education, "Education")]
    [InlineData(PaymentNature.SpeakerAtMedicalEducationProgram, "Compensation for serving as faculty or as a speaker for a medical education program")]
    public void Natures_of_payment_carry_cms_names(PaymentNature nature, string cms) => Assert.Equal(cms, nature.Cms());

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Meridian Therapeutics, Inc.", "\"Meridian Therapeutics, Inc.\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(null, "")]
    public void Csv_values_are_quoted_only_when_needed(string? value, string expected) =>
        Assert.Equal(expected, OpenPaymentsExport.Csv(value));

    [Theory]
    [InlineData("MD", "Covered Recipient Physician", "Medical Doctor")]
    [InlineData("M.D., PhD", "Covered Recipient Physician", "Medical Doctor")]
    [InlineData("DO", "Covered Recipient Physician", "Doctor of Osteopathy")]
    [InlineData("NP", "Covered Recipient Non-Physician Practitioner", "Nurse Practitioner")]
    [InlineData("PA-C", "Covered Recipient Non-Physician Practitioner", "Physician Assistant")]
    [InlineData(null, "Covered Recipient Physician", null)]
    public void Credentials_map_to_cms_recipient_and_primary_types(string? credentials, string type, string? primary) =>
        Assert.Equal((type, primary), OpenPaymentsRecipient.Classify(credentials));

    [Fact]
    public void A_transfers_record_number_is_numeric_and_stable()
    {
        var id = Guid.CreateVersion7();
        var n = TransferOfValue.RecordNumber(id);
        Assert.Matches("^[0-9]{1,20}$", n);
        Assert.Equal(n, TransferOfValue.RecordNumber(id));
    }

    [Fact]
    public void Transfers_recorded_in_the_same_millisecond_get_different_record_numbers()
    {
        // The demo records its transfers in a loop: an export gave one Record_ID to two transfers, and the import of it
        // kept only the first.
        var at = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var numbers = Enumerable.Range(0, 5000).Select(_ => TransferOfValue.RecordNumber(Guid.CreateVersion7(at))).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Caps_warn_near_the_limit_and_when_over_it_with_the_total_first()
    {
        var caps = new[]
        {
            new TransferCap { Nature = PaymentNature.FoodAndBeverage, AnnualLimit = 100m, WarnAtPercent = 80 },
            new TransferCap { Nature = null, AnnualLimit = 1000m, WarnAtPercent = 90 },
        };
        Assert.Empty(TransferCaps.Evaluate(caps, new Dictionary<PaymentNature, decimal> { [PaymentNature.FoodAndBeverage] = 79m }, 2026));
        var near = TransferCaps.Evaluate(caps, new Dictionary<PaymentNature, decimal> { [PaymentNature.FoodAndBeverage] = 80m }, 2026);
        Assert.Equal(CapLevel.Near, Assert.Single(near).Level);
        var over = TransferCaps.Evaluate(caps, new Dictionary<PaymentNature, decimal>
            { [PaymentNature.FoodAndBeverage] = 120m, [PaymentNature.Honoraria] = 900m }, 2026);
        Assert.Equal([(null, CapLevel.Exceeded), (PaymentNature.FoodAndBeverage, CapLevel.Exceeded)],
            over.Select(w => (w.Nature, w.Level)));
    }

    [Theory]
    [InlineData(123456789)]
    [InlineData(190000037)]
    public void Demo_npis_pass_the_luhn_check_over_80840(int body)
    {
        var npi = DemoFallbackHcps.Npi(body);
        var digits = ("80840" + npi).Select(c => c - '0').Reverse().ToArray();
        var sum = digits.Select((d, i) => i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d).Sum();
        Assert.Equal(0, sum % 10);
    }
}
