namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Scores how likely an author or investigator is a given HCP, from name and place. The surname must agree; the
/// forename (in full, or its initial) and the middle initial add or veto; the affiliation and place add what
/// they corroborate: an affiliated organisation's name, the practice city, state and ZIP. Confidence is in
/// [0, 1]; candidates well behind the best are dropped, and when several HCPs fit about equally well each is marked
/// down, since the evidence cannot tell them apart.
/// </summary>
public static class EvidenceMatcher
{
    public const double Surname = 0.40, FullForename = 0.30, ForenamePrefix = 0.20, Initial = 0.12, MiddleAgrees = 0.05,
        MiddleConflicts = -0.15, Organisation = 0.20, City = 0.15, State = 0.10, Zip = 0.10, PlaceCap = 0.40;
    private const double AmbiguityFactor = 0.8, OutdistancedBy = 0.2;

    /// <summary>What is known of the person in the evidence.</summary>
    public sealed record Person(string LastName, string? ForeName, string? Middle, IReadOnlyList<string> Affiliations,
        string? City = null, string? State = null, string? Zip = null);

    /// <summary>What the directory knows of a candidate HCP.</summary>
    public sealed record Candidate(Guid HcpId, string LastName, string FirstName, string? MiddleName,
        IReadOnlyList<Place> Places, IReadOnlyList<string> Organisations);

    public sealed record Place(string? City, string? State, string? Zip5);

    public sealed record Match(Guid HcpId, double Confidence, string Basis);

    /// <summary>The candidates worth proposing (at least <see cref="EvidenceLink.MinimumConfidence"/>), best first.</summary>
    public static List<Match> Rank(Person person, IEnumerable<Candidate> candidates)
    {
        var folded = Folded.Of(person);
        var scored = candidates.Select(c => Score(folded, c)).Where(m => m is not null).Select(m => m!)
            .Where(m => m.Confidence >= EvidenceLink.MinimumConfidence).OrderByDescending(m => m.Confidence).ToList();
        // A candidate well behind the best is someone else with the same name: not worth anyone's review.
        if (scored.Count > 1) scored = scored.Where(m => m.Confidence >= scored[0].Confidence - OutdistancedBy).ToList();
        if (scored.Count > 1 && scored[0].Confidence - scored[1].Confidence < 0.1)
            scored = scored.Select(m => m with { Confidence = Math.Round(m.Confidence * AmbiguityFactor, 3),
                Basis = $"{m.Basis}; ambiguous: {scored.Count} HCPs fit" }).Where(m => m.Confidence >= EvidenceLink.MinimumConfidence).ToList();
        return scored;
    }

    /// <summary>The confidence that <paramref name="person"/> is <paramref name="candidate"/>, or null when a name rules it out.</summary>
    public static Match? Score(Person person, Candidate candidate) => Score(Folded.Of(person), candidate);

    /// <summary>
    /// The person's names, place and affiliation text folded once: a common surname has hundreds of namesakes in a large
    /// directory, each scored against the same author.
    /// </summary>
    private sealed record Folded(Person Person, string Surname, string[] Given, string Middle, string Text, string City)
    {
        public static Folded Of(Person person)
        {
            var given = EvidenceText.Fold(person.ForeName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var middle = person.Middle is { Length: > 0 } m ? EvidenceText.Fold(m) : given.Length > 1 ? given[1] : "";
            return new(person, EvidenceText.Surname(person.LastName), given, middle,
                EvidenceText.Fold(string.Join(" ", person.Affiliations)), EvidenceText.Fold(person.City));
        }
    }

    private static Match? Score(Folded evidence, Candidate candidate)
    {
        if (evidence.Surname.Length == 0 || evidence.Surname != EvidenceText.Surname(candidate.LastName)) return null;
        var reasons = new List<string> { "surname" };
        var score = Surname;

        var (person, given, middle, text) = (evidence.Person, evidence.Given, evidence.Middle, evidence.Text);
        var first = EvidenceText.Fold(candidate.FirstName);
        if (given.Length > 0 && first.Length > 0)
        {
            var g = given[0];
            if (g.Length > 1 && g == first) { score += FullForename; reasons.Add("forename"); }
            else if (g.Length > 2 && first.StartsWith(g, StringComparison.Ordinal)) { score += ForenamePrefix; reasons.Add("forename prefix"); }
            else if (g[0] == first[0] && (g.Length == 1 || first.Length == 1)) { score += Initial; reasons.Add("initial"); }
            else return null; // a different forename: another person
        }
        var candidateMiddle = EvidenceText.Fold(candidate.MiddleName);
        if (middle.Length > 0 && candidateMiddle.Length > 0)
        {
            if (middle[0] == candidateMiddle[0]) { score += MiddleAgrees; reasons.Add("middle initial"); }
            else { score += MiddleConflicts; reasons.Add("middle initial differs"); }
        }

        var place = 0.0;
        var org = candidate.Organisations.Select(EvidenceText.Fold).FirstOrDefault(o => o.Length >= 4 && EvidenceText.ContainsWords(text, o));
        if (org is not null) { place += Organisation; reasons.Add($"organisation {org}"); }
        var (city, state, zip) = (false, false, false);
        foreach (var p in candidate.Places)
        {
            var pc = EvidenceText.Fold(p.City);
            city |= pc.Length > 0 && (pc == evidence.City || EvidenceText.ContainsWords(text, pc));
            state |= p.State is { Length: 2 } s && (UsStateNames.Matches(person.State, s) || EvidenceText.ContainsWords(text, s)
                || (UsStateNames.NameOf(s) is { } n && EvidenceText.ContainsWords(text, EvidenceText.Fold(n))));
            zip |= p.Zip5 is { Length: 5 } z && ((person.Zip ?? "").StartsWith(z, StringComparison.Ordinal) || EvidenceText.ContainsWords(text, z));
        }
        if (city) { place += City; reasons.Add("city"); }
        if (state) { place += State; reasons.Add("state"); }
        if (zip) { place += Zip; reasons.Add("ZIP"); }
        score += Math.Min(place, PlaceCap);
        return new Match(candidate.HcpId, Math.Round(Math.Clamp(score, 0, 1), 3), string.Join("; ", reasons));
    }
}
