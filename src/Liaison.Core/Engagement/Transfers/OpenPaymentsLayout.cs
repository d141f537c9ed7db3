namespace Liaison.Core.Engagement.Transfers;

/// <summary>
/// The CMS Open Payments general-payments file layout (program year 2021 onwards: 91 columns, in CMS's order and
/// spelling, as published in the "General Payment File Attributes" data dictionary). Column names shared with the
/// 2014-era files (Change_Type, Total_Amount_of_Payment_USDollars, Date_of_Payment ...) are spelled as in those.
/// </summary>
public static class OpenPaymentsLayout
{
    public static readonly IReadOnlyList<string> GeneralPayments = Build();

    private static List<string> Build()
    {
        var c = new List<string>
        {
            "Change_Type", "Covered_Recipient_Type", "Teaching_Hospital_CCN", "Teaching_Hospital_ID", "Teaching_Hospital_Name",
            "Covered_Recipient_Profile_ID", "Covered_Recipient_NPI", "Covered_Recipient_First_Name",
            "Covered_Recipient_Middle_Name", "Covered_Recipient_Last_Name", "Covered_Recipient_Name_Suffix",
            "Recipient_Primary_Business_Street_Address_Line1", "Recipient_Primary_Business_Street_Address_Line2",
            "Recipient_City", "Recipient_State", "Recipient_Zip_Code", "Recipient_Country", "Recipient_Province",
            "Recipient_Postal_Code",
        };
        for (var i = 1; i <= 6; i++) c.Add($"Covered_Recipient_Primary_Type_{i}");
        for (var i = 1; i <= 6; i++) c.Add($"Covered_Recipient_Specialty_{i}");
        for (var i = 1; i <= 5; i++) c.Add($"Covered_Recipient_License_State_code{i}");
        c.AddRange(
        [
            "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_ID",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_State",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Country",
            "Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount",
            "Form_of_Payment_or_Transfer_of_Value", "Nature_of_Payment_or_Transfer_of_Value", "City_of_Travel",
            "State_of_Travel", "Country_of_Travel", "Physician_Ownership_Indicator", "Third_Party_Payment_Recipient_Indicator",
            "Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value", "Charity_Indicator",
            "Third_Party_Equals_Covered_Recipient_Indicator", "Contextual_Information", "Delay_in_Publication_Indicator",
            "Record_ID", "Dispute_Status_for_Publication", "Related_Product_Indicator",
        ]);
        for (var i = 1; i <= 5; i++)
            c.AddRange(
            [
                $"Covered_or_Noncovered_Indicator_{i}", $"Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
                $"Product_Category_or_Therapeutic_Area_{i}", $"Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
                $"Associated_Drug_or_Biological_NDC_{i}", $"Associated_Device_or_Medical_Supply_PDI_{i}",
            ]);
        c.AddRange(["Program_Year", "Payment_Publication_Date"]);
        return c;
    }
}
