namespace Liaison.TestSupport;

/// <summary>
/// The headers of CMS Open Payments files of earlier program years and of the research file, as CMS published them
/// (the general file of today is <see cref="Liaison.Core.Engagement.Transfers.OpenPaymentsLayout.GeneralPayments"/>; the
/// program year 2014 research file is the sample under ../shared/data/open-payments).
/// </summary>
public static class OpenPaymentsProgramYears
{
    private static IEnumerable<string> Numbered(string name, int count, string separator = "") =>
        Enumerable.Range(1, count).Select(i => $"{name}{separator}{i}");

    private static readonly string[] Address =
    [
        "Recipient_Primary_Business_Street_Address_Line1", "Recipient_Primary_Business_Street_Address_Line2", "Recipient_City",
        "Recipient_State", "Recipient_Zip_Code", "Recipient_Country", "Recipient_Province", "Recipient_Postal_Code",
    ];

    private static readonly string[] Payer =
    [
        "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name", "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_ID",
        "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_State",
        "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Country",
    ];

    /// <summary>The physician of the 2013–2020 files (Physician_Profile_ID, no NPI).</summary>
    private static IEnumerable<string> Physician =>
    [
        "Physician_Profile_ID", "Physician_First_Name", "Physician_Middle_Name", "Physician_Last_Name", "Physician_Name_Suffix", .. Address,
        "Physician_Primary_Type", "Physician_Specialty", .. Numbered("Physician_License_State_code", 5),
    ];

    private static readonly string[] GeneralPayment =
    [
        "Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount",
        "Form_of_Payment_or_Transfer_of_Value", "Nature_of_Payment_or_Transfer_of_Value", "City_of_Travel", "State_of_Travel",
        "Country_of_Travel", "Physician_Ownership_Indicator", "Third_Party_Payment_Recipient_Indicator",
        "Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value", "Charity_Indicator",
        "Third_Party_Equals_Covered_Recipient_Indicator", "Contextual_Information", "Delay_in_Publication_Indicator", "Record_ID",
        "Dispute_Status_for_Publication",
    ];

    /// <summary>
    /// The first general file (program year 2013, published 2014): General_Transaction_ID for Record_ID, the payer after
    /// the products, no change type.
    /// </summary>
    public static IReadOnlyList<string> General2013 { get; } =
    [
        "General_Transaction_ID", "Program_Year", "Payment_Publication_Date", "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name",
        "Covered_Recipient_Type", "Teaching_Hospital_ID", "Teaching_Hospital_Name", .. Physician, "Product_Indicator",
        .. Numbered("Name_of_Associated_Covered_Drug_or_Biological", 5), .. Numbered("NDC_of_Associated_Covered_Drug_or_Biological", 5),
        .. Numbered("Name_of_Associated_Covered_Device_or_Medical_Supply", 5), .. Payer.Skip(1), "Dispute_Status_for_Publication",
        .. GeneralPayment.Take(14), "Delay_in_Publication_of_General_Payment_Indicator",
    ];

    /// <summary>Program years 2014 and 2015 (and 2013 as republished since): 65 columns, products by kind in five slots.</summary>
    public static IReadOnlyList<string> General2014 { get; } =
    [
        "Change_Type", "Covered_Recipient_Type", "Teaching_Hospital_CCN", "Teaching_Hospital_ID", "Teaching_Hospital_Name", .. Physician,
        .. Payer, .. GeneralPayment, "Product_Indicator", .. Numbered("Name_of_Associated_Covered_Drug_or_Biological", 5),
        .. Numbered("NDC_of_Associated_Covered_Drug_or_Biological", 5), .. Numbered("Name_of_Associated_Covered_Device_or_Medical_Supply", 5),
        "Program_Year", "Payment_Publication_Date",
    ];

    /// <summary>Program years 2016 to 2020: 75 columns, still Physician_, products in five slots of any kind.</summary>
    public static IReadOnlyList<string> General2016 { get; } =
    [
        "Change_Type", "Covered_Recipient_Type", "Teaching_Hospital_CCN", "Teaching_Hospital_ID", "Teaching_Hospital_Name", .. Physician,
        .. Payer, .. GeneralPayment, "Related_Product_Indicator",
        .. Enumerable.Range(1, 5).SelectMany(i => new[]
        {
            $"Covered_or_Noncovered_Indicator_{i}", $"Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
            $"Product_Category_or_Therapeutic_Area_{i}", $"Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
            $"Associated_Drug_or_Biological_NDC_{i}",
        }),
        "Program_Year", "Payment_Publication_Date",
    ];

    /// <summary>
    /// The first research file (program year 2013, published 2014): Research_Transaction_ID for Record_ID, drugs named
    /// without "Covered", principal investigators by name only.
    /// </summary>
    public static IReadOnlyList<string> Research2013 { get; } =
    [
        "Research_Transaction_ID", "Program_Year", "Payment_Publication_Date", "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name",
        "Covered_Recipient_Type", "Noncovered_Recipient_Entity_Name", "Teaching_Hospital_ID", "Teaching_Hospital_Name", .. Physician,
        "Product_Indicator", .. Numbered("Name_of_Associated_Drug_or_Biological", 5), .. Numbered("NDC_of_Associated_Covered_Drug_or_Biological", 5),
        .. Numbered("Name_of_Associated_Covered_Device_or_Medical_Supply", 5), .. Payer.Skip(1), "Dispute_Status_for_Publication",
        "Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Form_of_Payment_or_Transfer_of_Value", .. Numbered("Expenditure_Category", 5),
        "Preclinical_Research_Indicator", "Delay_in_Publication_of_Research_Payment_Indicator", "Name_of_Study",
        .. Numbered("Principal_Investigator_Name", 5), "ClinicalTrials_Gov_Identifier", "Research_Information_Link", "Context_of_Research",
    ];

    /// <summary>Today's research file (program year 2021 on): the covered recipient and five principal investigators, each with an NPI.</summary>
    public static IReadOnlyList<string> Research { get; } =
    [
        "Change_Type", "Covered_Recipient_Type", "Noncovered_Recipient_Entity_Name", "Teaching_Hospital_CCN", "Teaching_Hospital_ID",
        "Teaching_Hospital_Name", "Covered_Recipient_Profile_ID", "Covered_Recipient_NPI", "Covered_Recipient_First_Name",
        "Covered_Recipient_Middle_Name", "Covered_Recipient_Last_Name", "Covered_Recipient_Name_Suffix", .. Address,
        .. Numbered("Covered_Recipient_Primary_Type", 6, "_"), .. Numbered("Covered_Recipient_Specialty", 6, "_"),
        .. Numbered("Covered_Recipient_License_State_code", 5),
        .. Enumerable.Range(1, 5).SelectMany(Investigator), .. Payer, "Related_Product_Indicator",
        .. Enumerable.Range(1, 5).SelectMany(i => new[]
        {
            $"Covered_or_Noncovered_Indicator_{i}", $"Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
            $"Product_Category_or_Therapeutic_Area_{i}", $"Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_{i}",
            $"Associated_Drug_or_Biological_NDC_{i}", $"Associated_Device_or_Medical_Supply_PDI_{i}",
        }),
        "Total_Amount_of_Payment_USDollars", "Date_of_Payment", "Form_of_Payment_or_Transfer_of_Value", .. Numbered("Expenditure_Category", 6),
        "Preclinical_Research_Indicator", "Delay_in_Publication_Indicator", "Name_of_Study", "Dispute_Status_for_Publication", "Record_ID",
        "Program_Year", "Payment_Publication_Date", "ClinicalTrials_Gov_Identifier", "Research_Information_Link", "Context_of_Research",
    ];

    /// <summary>
    /// The ownership and investment file of a program year's ZIP (<c>OP_DTL_OWNRSHP_PGYR…csv</c>): physicians' interests in a
    /// manufacturer or GPO, which the import skips.
    /// </summary>
    public static IReadOnlyList<string> Ownership { get; } =
    [
        "Change_Type", "Physician_Profile_ID", "Physician_NPI", "Physician_First_Name", "Physician_Middle_Name", "Physician_Last_Name",
        "Physician_Name_Suffix", .. Address, "Physician_Primary_Type", "Physician_Specialty", "Record_ID", "Program_Year",
        "Total_Amount_Invested_USDollars", "Value_of_Interest", "Terms_of_Interest", .. Payer, "Dispute_Status_for_Publication",
        "Interest_Held_by_Physician_or_an_Immediate_Family_Member", "Payment_Publication_Date",
    ];

    private static IEnumerable<string> Investigator(int k)
    {
        var p = $"Principal_Investigator_{k}_";
        return
        [
            p + "Profile_ID", p + "NPI", p + "First_Name", p + "Middle_Name", p + "Last_Name", p + "Name_Suffix", p + "Business_Street_Address_Line1",
            p + "Business_Street_Address_Line2", p + "City", p + "State", p + "Zip_Code", p + "Country", p + "Province", p + "Postal_Code",
            .. Numbered(p + "Primary_Type", 6, "_"), .. Numbered(p + "Specialty", 6, "_"), .. Numbered(p + "License_State_code", 5),
        ];
    }
}
