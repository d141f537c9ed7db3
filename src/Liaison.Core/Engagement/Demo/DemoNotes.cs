namespace Liaison.Core.Engagement.Demo;

/// <summary>Fictional call notes and topics, by therapeutic area. Two notes tell of an AE and a product complaint.</summary>
internal static class DemoNotes
{
    public static readonly string[] OncologyTopics =
        ["HER2-low biomarker testing", "Sequencing after CDK4/6 inhibitors", "Interstitial lung disease monitoring",
         "EGFR exon 20 data", "Real-world evidence", "Ongoing trial enrolment", "Dose modifications"];
    public static readonly string[] CardioTopics =
        ["Guideline-directed medical therapy", "Post-marketing safety data", "Renal function monitoring", "LDL-C targets",
         "Adherence programmes"];
    public static readonly string[] RareTopics =
        ["Enzyme replacement infusion logistics", "Newborn screening", "Patient registry", "Home infusion"];

    public static readonly string[] Oncology =
    [
        "Discussed the phase 3 subgroup data in HER2-low disease; Dr. asked for the full publication, which I will send.",
        "Reviewed biomarker testing workflow at the centre. Pathology turnaround remains the bottleneck.",
        "Walked through interstitial lung disease monitoring recommendations from the label. No questions on dosing.",
        "Dr. shared experience with sequencing after CDK4/6 inhibitors and is interested in the real-world evidence study.",
        "Discussed trial enrolment criteria for the ongoing EGFR study; two potential sites identified in the network.",
        "Answered questions on dose modification tables; no side effects were reported by the clinic's patients so far.",
    ];
    public static readonly string[] Cardio =
    [
        "Discussed post-marketing safety data and the renal monitoring schedule. The team denied any adverse events in their cohort.",
        "Reviewed LDL-C target attainment data; Dr. asked about combination use with statins.",
        "Presented adherence programme outcomes; clinic is interested in patient education material.",
        "Discussed guideline-directed therapy titration in HFrEF; follow-up on the registry data requested.",
    ];
    public static readonly string[] Rare =
    [
        "Roundtable on home infusion logistics; advocacy representatives described access barriers in rural areas.",
        "Discussed newborn screening pilots and the patient registry; Dr. will share anonymised outcomes.",
        "Reviewed long-term enzyme replacement data; questions on infusion scheduling.",
    ];

    /// <summary>Tells of an adverse event: the detector asks for an intake (one is raised in the demo, one is not).</summary>
    public const string AdverseEvent =
        "Dr. mentioned that one of her patients developed a severe rash after the second dose and was admitted for observation.";

    public const string ProductComplaint =
        "The clinic reported that a vial in the last delivery was cracked and the solution looked cloudy; lot number to follow.";
}
