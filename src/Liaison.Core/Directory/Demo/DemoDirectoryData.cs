namespace Liaison.Core.Directory.Demo;

/// <summary>The fictional directory's ingredients: names, places with real ZIPs (for radius search), specialties.</summary>
internal static class DemoDirectoryData
{
    public static readonly string[] LastNames =
    [
        "Abernathy", "Achterberg", "Adeyemi", "Albrecht", "Alvarado", "Ambrose", "Andersen", "Arceneaux", "Ashby", "Bachmann",
        "Baptiste", "Barrowman", "Beaulieu", "Bellweather", "Bergstrom", "Blackwood", "Bondarenko", "Brightwater", "Caldwell",
        "Castellanos", "Chakraborty", "Chen", "Cordero", "Dalgaard", "Delacroix", "Donnelly", "Eberhardt", "Ekwueme", "Fairbanks",
        "Falkner", "Fitzgerald", "Galloway", "Gardiner", "Greenhalgh", "Haddad", "Halvorsen", "Hargreaves", "Holloway", "Ibarra",
        "Ishikawa", "Jablonski", "Kaminski", "Kowalczyk", "Lachance", "Lindqvist", "Mackenzie", "Marchetti", "Montgomery",
        "Nakamura", "Nwachukwu", "Okonkwo", "Ostrowski", "Pemberton", "Pilcherson", "Quintero", "Radcliffe", "Ramachandran",
        "Rasmussen", "Rosenthal", "Sandoval", "Schoenfeld", "Shevchenko", "Sorensen", "Takahashi", "Thorvaldsen", "Underwood",
        "Vasquez", "Villanueva", "Wakefield", "Whitaker", "Yamamoto", "Zielinski",
    ];

    public static readonly string[] FemaleNames =
    [
        "Amara", "Beatriz", "Camille", "Dagny", "Elena", "Farah", "Greta", "Hana", "Ingrid", "Jovana", "Keiko", "Leila", "Margot",
        "Nadia", "Olena", "Priya", "Rosalind", "Saoirse", "Tamsin", "Valeria", "Wilhelmina", "Yara", "Zofia",
    ];

    public static readonly string[] MaleNames =
    [
        "Anders", "Bartholomew", "Cyrus", "Desmond", "Emeka", "Florian", "Gideon", "Hamish", "Ignatius", "Joaquin", "Kenji",
        "Leopold", "Matthias", "Nikolai", "Oskar", "Percival", "Rafael", "Soren", "Thaddeus", "Umar", "Viktor", "Wendell",
    ];

    public static readonly (string City, string State, string Zip, string Street)[] Places =
    [
        ("Boston", "MA", "02115", "Longwood Ave"), ("New York", "NY", "10016", "First Ave"), ("Philadelphia", "PA", "19104", "Spruce St"),
        ("Baltimore", "MD", "21287", "Orleans St"), ("Houston", "TX", "77030", "Holcombe Blvd"), ("Dallas", "TX", "75390", "Harry Hines Blvd"),
        ("Chicago", "IL", "60611", "Superior St"), ("Los Angeles", "CA", "90095", "Westwood Plaza"), ("San Francisco", "CA", "94143", "Parnassus Ave"),
        ("Seattle", "WA", "98195", "Pacific St"), ("Aurora", "CO", "80045", "Colfax Ave"), ("Atlanta", "GA", "30322", "Clifton Rd"),
        ("Miami", "FL", "33136", "NW 12th Ave"), ("Nashville", "TN", "37232", "Medical Center Dr"), ("Rochester", "MN", "55905", "First St SW"),
        ("Cleveland", "OH", "44195", "Euclid Ave"), ("Ann Arbor", "MI", "48109", "E Medical Center Dr"), ("Durham", "NC", "27710", "Erwin Rd"),
        ("Salt Lake City", "UT", "84132", "N Medical Dr"), ("Phoenix", "AZ", "85054", "E Mayo Blvd"),
    ];

    /// <summary>NUCC code and weight: oncology, cardiology and rare-disease specialists over-represented, as a company would target.</summary>
    public static readonly (string Code, int Weight)[] Specialties =
    [
        ("207RX0202X", 14), // Medical Oncology
        ("207RH0003X", 8),  // Hematology & Oncology
        ("2086X0206X", 3),  // Surgical Oncology
        ("207RC0000X", 14), // Cardiovascular Disease
        ("207RI0011X", 4),  // Interventional Cardiology
        ("207RA0401X", 3),  // Advanced Heart Failure and Transplant Cardiology
        ("207SG0201X", 5),  // Clinical Genetics (M.D.)
        ("207SG0202X", 2),  // Clinical Biochemical Genetics
        ("2084N0400X", 6),  // Neurology
        ("2080P0216X", 2),  // Pediatric Rheumatology / rare paediatric disease
        ("207RE0101X", 5),  // Endocrinology, Diabetes & Metabolism
        ("207RN0300X", 4),  // Nephrology
        ("207RP1001X", 4),  // Pulmonary Disease
        ("207RR0500X", 4),  // Rheumatology
        ("207R00000X", 12), // Internal Medicine
        ("207Q00000X", 10), // Family Medicine
    ];

    public static readonly string[] OrganisationPatterns =
    [
        "{0} University Medical Center", "{0} General Hospital", "{0} Cancer Institute", "{0} Heart and Vascular Clinic",
        "{0} Rare Disease Center",
    ];
}
