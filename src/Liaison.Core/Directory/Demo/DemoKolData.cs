namespace Liaison.Core.Directory.Demo;

/// <summary>The fictional KOL evidence's ingredients: journals, title patterns, trial conditions, drugs.</summary>
internal static class DemoKolData
{
    public static readonly (string Area, string[] Specialties, string[] Journals, string[] Topics, string[] Drugs)[] Areas =
    [
        ("oncology", ["207RX0202X", "207RH0003X", "2086X0206X"],
            ["Journal of Clinical Oncology Research", "Annals of Thoracic Oncology", "Breast Cancer Reports"],
            ["HER2-low metastatic breast cancer", "EGFR-mutant non-small-cell lung cancer", "circulating tumour DNA", "antibody–drug conjugates", "immune-related adverse events"],
            ["Veltrisa|Veltuzimab", "Oncavir|Onacitinib", "Tagrisso|Osimertinib", "Enhertu|Fam-Trastuzumab Deruxtecan"]),
        ("cardiovascular", ["207RC0000X", "207RI0011X", "207RA0401X"],
            ["Heart Failure Review", "Journal of Preventive Cardiology", "Cardiovascular Outcomes Quarterly"],
            ["heart failure with reduced ejection fraction", "LDL-cholesterol lowering", "remote haemodynamic monitoring", "post-marketing safety of cardibrutinib", "atrial fibrillation in older adults"],
            ["Cardiostat|Cardibrutinib", "Lipidra|Lipidrastat", "Entresto|Sacubitril/Valsartan", "Eliquis|Apixaban", "Atorvastatin Calcium|Atorvastatin Calcium"]),
        ("rare disease", ["207SG0201X", "207SG0202X", "2084N0400X", "2080P0216X"],
            ["Orphanet Clinical Letters", "Journal of Inherited Metabolic Disease Practice", "Neuromuscular Disorders Today"],
            ["late-onset Pompe disease", "enzyme replacement therapy", "newborn screening", "patient-reported outcomes in rare disease", "natural history registries"],
            ["Lysoria|Alglucerase Beta", "Lumizyme|Alglucosidase Alfa"]),
    ];

    public static readonly string[] TitlePatterns =
    [
        "Outcomes of {0}: a multicentre cohort study.", "Real-world evidence in {0}.", "{0}: a randomized controlled trial.",
        "Consensus recommendations on {0}.", "Long-term follow-up in {0}.", "Biomarkers and {0}: a systematic review.",
    ];

    /// <summary>Real congresses of each area (their programmes are public); the demo's sessions at them are fictional.</summary>
    public static readonly Dictionary<string, (string Name, string Url)[]> Congresses = new()
    {
        ["oncology"] = [("ASCO Annual Meeting", "https://meetings.asco.org/"), ("ESMO Congress", "https://www.esmo.org/meeting-calendar")],
        ["cardiovascular"] = [("ACC Scientific Session", "https://accscientificsession.acc.org/"), ("ESC Congress", "https://www.escardio.org/Congresses-Events")],
        ["rare disease"] = [("WORLDSymposium", "https://worldsymposia.org/")],
    };

    public static readonly string[] TalkPatterns =
    [
        "Update on {0}.", "{0} in everyday practice.", "Late-breaking data in {0}.", "Controversies in {0}: a debate.", "What is new in {0}?",
    ];

    public static readonly string[] ExternalAuthors = ["Moreau", "Kessler", "Oyelaran", "Virtanen", "Castaldi", "Brennan", "Nilsson", "Duarte"];
}
