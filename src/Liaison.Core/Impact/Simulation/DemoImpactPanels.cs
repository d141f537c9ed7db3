using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact.Simulation;

/// <summary>
/// The three published case studies of PRODUCT.md §2.9 as simulation specs: the true effects are the published
/// ones; targeting, a secular trend and heterogeneity make the naive before/after figures misleading.
/// </summary>
public static class DemoImpactPanels
{
    public sealed record Case(string Slug, string Name, string Goal, string TargetKind, string Activities, string DatasetName,
        OutcomeKind Kind, string Description, string Published, PanelSpec Spec);

    private static int Month(int year, int month) => year * 12 + month - 1;

    public static IReadOnlyList<Case> All { get; } =
    [
        new("oncology-education-2025", "Oncology educational sessions for targeted oncologists",
            "Raise adoption of Veltrisa among oncologists treating HER2-low metastatic breast cancer.", "hcp",
            "Two educational sessions per targeted oncologist (tumour-board format) and follow-up scientific exchanges.",
            "veltrisa-new-prescriptions", OutcomeKind.Prescribing,
            "New Veltrisa prescriptions per physician-month (company monthly prescribing data).", "+40% adoption among targeted physicians",
            new PanelSpec
            {
                Subjects = 3000, StartMonth = Month(2025, 4), Pre = 12, Post = 6, Effect = 0.40, BaseRate = 1.2, FrailtyShape = 2.5,
                TrendPerMonth = 0.02, Targeting = 1.2, TreatedShare = 0.25, SubjectId = DemoSubjects.Oncologist,
            }),
        new("rare-disease-roundtables-2024", "Rare-disease roundtables with KOLs and patient-advocacy groups",
            "Improve patients' reported quality of life on Lysoria in the first year after the roundtables.", "patient",
            "Regional roundtables with KOLs and patient-advocacy groups; shared-care plans for enrolled centres' patients.",
            "lysoria-pro-positive", OutcomeKind.PatientReported,
            "Positive patient-reported outcomes (QuestionnaireResponse scoring 'better') per response.", "+30%",
            new PanelSpec
            {
                Subjects = 2400, StartMonth = Month(2024, 7), Pre = 12, Post = 12, Effect = 0.30, BaseRate = 0.3, FrailtyShape = 6,
                TrendPerMonth = 0.01, Targeting = 0.8, TreatedShare = 0.4, Exposure = (1, 2), Binomial = true, IdPrefix = "PT-",
            }),
        new("cv-post-marketing-education-2025", "Cardiovascular post-marketing education campaign",
            "Reduce avoidable adverse events of Cardiostat through education on titration and monitoring.", "hcp",
            "Webinars and one-to-one education on titration, potassium monitoring and patient counselling.",
            "cardiostat-ae-reports", OutcomeKind.AdverseEventReports,
            "Adverse-event reports per patient-month on Cardiostat (company safety database).", "−25% adverse-event reports per patient-month",
            new PanelSpec
            {
                Subjects = 2500, StartMonth = Month(2025, 1), Pre = 12, Post = 12, Effect = -0.25, BaseRate = 0.02, FrailtyShape = 4,
                TrendPerMonth = 0.015, Targeting = 1.0, TreatedShare = 0.35, Exposure = (20, 120), SubjectId = DemoSubjects.Prescriber,
            }),
    ];
}

/// <summary>
/// Subject ids of the demo panels when nothing names them: NPI-shaped ids with a valid check digit. In the demo
/// workspace the oncology panel is named after the directory's oncologists instead (Demo/DemoAttendancePanel: its
/// treated subjects are the oncology sessions' attendees).
/// </summary>
public static class DemoSubjects
{
    public static string Oncologist(Random rng, int i) => Npi(1_400_000_00 + i * 7 % 99_999_999);

    /// <summary>
    /// Cardiostat prescribers: NPI-shaped (ten digits, valid check digit) but in the 97… range, which CMS never issues
    /// (real NPIs start with 1 or 2), like the demo directory's 98… range: a made-up id can never name a real physician.
    /// Same order and spacing as before, so the panel, and the figures the demo shows, are unchanged.
    /// </summary>
    public static string Prescriber(Random rng, int i) => Npi(970_000_000 + i * 13 % 9_999_999);

    /// <summary>Nine digits plus the NPI check digit (Luhn over 80840 and the nine digits).</summary>
    public static string Npi(int nineDigits)
    {
        var body = nineDigits.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var digits = ("80840" + body).Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
