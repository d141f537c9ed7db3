namespace Liaison.Core.Engagement.Transfers;

/// <summary>CMS Open Payments natures of payment for general payments (program year 2021 onwards).</summary>
public enum PaymentNature
{
    FoodAndBeverage,
    TravelAndLodging,
    Honoraria,
    Education,
    ConsultingFee,
    SpeakerAtMedicalEducationProgram,
    SpeakerOtherThanContinuingEducation,
    Gift,
    Entertainment,
    Grant,
    CharitableContribution,
    RoyaltyOrLicense,
    OwnershipOrInvestmentInterest,
    SpaceRentalOrFacilityFees,
    DebtForgiveness,
    LongTermMedicalSupplyOrDeviceLoan,
    Acquisitions,
}

/// <summary>CMS Open Payments forms of payment or transfer of value.</summary>
public enum PaymentForm
{
    CashOrCashEquivalent,
    InKindItemsAndServices,
    Stock,
    StockOption,
    AnyOtherOwnershipInterest,
    DividendProfitOrOtherReturnOnInvestment,
}

/// <summary>The exact words CMS uses in Open Payments files for each nature and form.</summary>
public static class OpenPaymentsNames
{
    public static string Cms(this PaymentNature nature) => nature switch
    {
        PaymentNature.FoodAndBeverage => "Food and Beverage",
        PaymentNature.TravelAndLodging => "Travel and Lodging",
        PaymentNature.Honoraria => "Honoraria",
        PaymentNature.Education => "Education",
        PaymentNature.ConsultingFee => "Consulting Fee",
        PaymentNature.SpeakerAtMedicalEducationProgram =>
            "Compensation for serving as faculty or as a speaker for a medical education program",
        PaymentNature.SpeakerOtherThanContinuingEducation =>
            "Compensation for services other than consulting, including serving as faculty or as a speaker at a venue other than a continuing education program",
        PaymentNature.Gift => "Gift",
        PaymentNature.Entertainment => "Entertainment",
        PaymentNature.Grant => "Grant",
        PaymentNature.CharitableContribution => "Charitable Contribution",
        PaymentNature.RoyaltyOrLicense => "Royalty or License",
        PaymentNature.OwnershipOrInvestmentInterest => "Current or prospective ownership or investment interest",
        PaymentNature.SpaceRentalOrFacilityFees => "Space rental or facility fees (teaching hospital only)",
        PaymentNature.DebtForgiveness => "Debt forgiveness",
        PaymentNature.LongTermMedicalSupplyOrDeviceLoan => "Long term medical supply or device loan",
        PaymentNature.Acquisitions => "Acquisitions",
        _ => nature.ToString(),
    };

    public static string Cms(this PaymentForm form) => form switch
    {
        PaymentForm.CashOrCashEquivalent => "Cash or cash equivalent",
        PaymentForm.InKindItemsAndServices => "In-kind items and services",
        PaymentForm.Stock => "Stock",
        PaymentForm.StockOption => "Stock option",
        PaymentForm.AnyOtherOwnershipInterest => "Any other ownership interest",
        PaymentForm.DividendProfitOrOtherReturnOnInvestment => "Dividend, profit or other return on investment",
        _ => form.ToString(),
    };
}
