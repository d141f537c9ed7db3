namespace Liaison.Core.Safety.Detection;

/// <summary>
/// The words <see cref="AdverseEventLanguage"/> works with, as lower-case token sequences. Kept apart from the
/// algorithm so pharmacovigilance can read (and extend) the vocabulary on one screen.
/// </summary>
internal static class SafetyLexicon
{
    /// <summary>Medical events. Bare "reaction" is left out on purpose: "the audience's reaction" is not an AE.</summary>
    public static readonly string[] EventTerms =
    [
        "adverse event", "adverse events", "adverse reaction", "adverse reactions", "adverse drug reaction", "side effect",
        "side effects", "allergic reaction", "infusion reaction", "skin reaction", "injection site reaction", "rash", "rashes",
        "hives", "urticaria", "itching", "pruritus", "nausea", "nauseous", "vomiting", "vomited", "diarrhea", "diarrhoea",
        "headache", "headaches", "dizziness", "dizzy", "fainted", "fainting", "syncope", "seizure", "seizures", "anaphylaxis",
        "anaphylactic", "swelling", "bleeding", "bled", "hemorrhage", "haemorrhage", "jaundice", "hepatotoxicity",
        "liver injury", "elevated liver enzymes", "neutropenia", "febrile neutropenia", "pneumonitis", "fever", "infection",
        "died", "death", "passed away", "hospitalized", "hospitalised", "hospitalization", "hospitalisation",
        "admitted to hospital", "emergency room", "overdose", "overdosed", "medication error", "palpitations", "chest pain",
        "shortness of breath", "fatigue", "hair loss", "alopecia", "toxicity", "stroke", "myocardial infarction",
        "heart attack", "arrhythmia", "became pregnant", "pregnant", "lack of efficacy", "stopped working",
    ];

    /// <summary>Product-quality defects; they count only next to a product or its packaging (<see cref="ProductObjects"/>).</summary>
    public static readonly string[] DefectTerms =
    [
        "cracked", "crack", "broken", "broke", "leaking", "leaked", "leak", "damaged", "defective", "defect", "malfunction",
        "malfunctioned", "malfunctioning", "contaminated", "contamination", "discolored", "discoloured", "discoloration",
        "discolouration", "cloudy", "particles", "particulate", "foreign matter", "mislabeled", "mislabelled", "wrong label",
        "missing label", "counterfeit", "tampered", "jammed", "clogged", "bent", "crumbled", "crumbling", "precipitate",
        "did not work", "didn't work", "failed to", "missing",
    ];

    public static readonly HashSet<string> ProductObjects =
    [
        "vial", "vials", "syringe", "syringes", "pen", "pens", "autoinjector", "injector", "cartridge", "ampoule", "ampule",
        "bottle", "blister", "pack", "package", "packaging", "carton", "box", "tablet", "tablets", "capsule", "capsules", "pill",
        "pills", "device", "needle", "cap", "label", "lot", "batch", "inhaler", "patch", "bag", "pump", "kit", "solution",
        "product", "powder", "seal", "container", "prefilled", "infusion", "stopper", "plunger",
    ];

    /// <summary>Negation before the term, within <see cref="AdverseEventLanguage.NegationWindow"/> tokens (NegEx style).</summary>
    public static readonly string[] NegationsBefore =
    [
        "no", "not", "without", "denied", "denies", "deny", "denying", "never", "none", "nor", "neither", "absence of",
        "free of", "negative for", "no evidence of", "no signs of", "no sign of", "no reports of", "no report of", "did not",
        "didn't", "does not", "doesn't", "has not", "hasn't", "have not", "haven't", "was not", "wasn't", "were not",
        "weren't", "ruled out", "rule out", "no longer",
    ];

    /// <summary>Negation after the term: "adverse events were denied".</summary>
    public static readonly string[] NegationsAfter =
    [
        "denied", "ruled out", "not reported", "not observed", "not seen", "not noted", "absent", "none",
        "were not", "was not", "unlikely",
    ];

    /// <summary>Look like negation but are not: "not only a rash but ...".</summary>
    public static readonly string[] PseudoNegations = ["not only", "no doubt", "not necessarily", "no increase in"];

    /// <summary>Defect words in another sense: "the data were broken down by product".</summary>
    public static readonly string[] DefectIdioms = ["broken down", "broke down", "break down", "missing data", "crack down"];

    /// <summary>Words that end a negation's scope: what follows is a new statement.</summary>
    public static readonly HashSet<string> ScopeBreakers =
        ["but", "however", "although", "though", "except", "yet", "whereas", "apart", "aside", "nevertheless", "still"];

    /// <summary>Talk about data, labels and possibilities rather than a case ("the incidence of rash in the trial").</summary>
    public static readonly HashSet<string> HypotheticalCues =
    [
        "if", "risk", "risks", "incidence", "rate", "rates", "label", "labeling", "labelling", "trial", "trials", "study",
        "studies", "data", "may", "might", "could", "would", "potential", "possible", "monitor", "monitoring", "warning",
        "warnings", "counsel", "guideline", "guidelines", "literature", "publication", "poster", "abstract", "phase", "cohort",
        "placebo", "percent", "frequency", "profile", "discussed", "asked", "question", "questions",
    ];

    /// <summary>Words that place an event on a real person: they outweigh the hypothetical cues.</summary>
    public static readonly string[] CaseCues =
    [
        "developed", "experienced", "experiencing", "suffered", "presented with", "complained", "noticed", "after the",
        "following the", "since starting", "a patient", "the patient", "one patient", "my patient", "her patient",
        "his patient", "their patient", "one of his patients", "one of her patients", "one of their patients", "a child",
        "her son", "her daughter", "his son", "his daughter", "was admitted", "was hospitalized", "was hospitalised",
    ];
}
