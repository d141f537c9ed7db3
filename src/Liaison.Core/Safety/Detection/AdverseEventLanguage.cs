using System.Text.RegularExpressions;

namespace Liaison.Core.Safety.Detection;

/// <summary>
/// A rule-based, negation-aware detector of adverse-event and product-complaint language in free text (call notes).
/// Each sentence is cut into clauses at scope breakers ("but", "however"); an event term counts unless a negation
/// cue stands within a few tokens before it ("no side effects", "denied any adverse events") or after it ("rash
/// was ruled out") in the same clause, and unless the clause only talks about data or possibilities ("the incidence
/// of rash in the trial") without a cue that places it on a real person ("the patient developed"). A defect term
/// counts only next to a product or its packaging ("the vial was cracked"). It errs towards asking: a false alarm
/// costs the MSL one click, a missed case is a compliance failure.
/// </summary>
public static partial class AdverseEventLanguage
{
    internal const int NegationWindow = 5;
    private const int PostNegationWindow = 3;
    private const int ObjectWindow = 6;

    private static readonly string[][] Events = Tokens(SafetyLexicon.EventTerms);
    private static readonly string[][] Defects = Tokens(SafetyLexicon.DefectTerms);
    private static readonly string[][] Before = Tokens(SafetyLexicon.NegationsBefore);
    private static readonly string[][] After = Tokens(SafetyLexicon.NegationsAfter);
    private static readonly string[][] Pseudo = Tokens(SafetyLexicon.PseudoNegations);
    private static readonly string[][] Idioms = Tokens(SafetyLexicon.DefectIdioms);
    private static readonly string[][] CaseCues = Tokens(SafetyLexicon.CaseCues);

    public static IReadOnlyList<SafetySignal> Detect(string? text)
    {
        var found = new List<SafetySignal>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        foreach (Match sentence in SentencePattern().Matches(text))
        {
            var words = WordPattern().Matches(sentence.Value).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToArray();
            foreach (var clause in Clauses(words))
            {
                if (FindEvent(clause) is { } ae) Add(found, SafetySignalKind.AdverseEvent, ae, sentence.Value);
                if (FindDefect(clause) is { } pqc) Add(found, SafetySignalKind.ProductComplaint, pqc, sentence.Value);
            }
        }
        return found;
    }

    public static bool Triggers(string? text) => Detect(text).Count > 0;

    private static void Add(List<SafetySignal> found, SafetySignalKind kind, string trigger, string sentence)
    {
        var s = sentence.Trim();
        if (!found.Any(f => f.Kind == kind && f.Sentence == s)) found.Add(new SafetySignal(kind, trigger, s));
    }

    private static string? FindEvent(string[] clause)
    {
        var hypothetical = clause.Any(SafetyLexicon.HypotheticalCues.Contains);
        var aboutACase = CaseCues.Any(c => IndexOf(clause, c, 0) >= 0);
        if (hypothetical && !aboutACase) return null;
        return FirstUnnegated(clause, Events, _ => true);
    }

    private static string? FindDefect(string[] clause)
    {
        var masked = Mask(clause, Idioms);
        return FirstUnnegated(masked, Defects, at => Enumerable.Range(Math.Max(0, at - ObjectWindow), Math.Min(clause.Length,
            at + ObjectWindow + 1) - Math.Max(0, at - ObjectWindow)).Any(i => SafetyLexicon.ProductObjects.Contains(clause[i])));
    }

    private static string? FirstUnnegated(string[] clause, string[][] terms, Func<int, bool> inContext)
    {
        for (var i = 0; i < clause.Length; i++)
            foreach (var term in terms.Where(t => Matches(clause, t, i)).OrderByDescending(t => t.Length).Take(1))
            {
                if (!IsNegated(clause, i, term.Length) && inContext(i)) return string.Join(' ', term);
                i += term.Length - 1;
            }
        return null;
    }

    private static bool IsNegated(string[] clause, int at, int length)
    {
        var masked = Mask(clause, Pseudo);
        for (var start = Math.Max(0, at - NegationWindow); start < at; start++)
            if (Before.Any(cue => Matches(masked, cue, start) && start + cue.Length <= at)) return true;
        var end = Math.Min(clause.Length, at + length + PostNegationWindow + 1);
        for (var start = at + length; start < end; start++)
            if (After.Any(cue => Matches(masked, cue, start))) return true;
        return false;
    }

    private static IEnumerable<string[]> Clauses(string[] words)
    {
        var current = new List<string>();
        foreach (var w in words)
        {
            if (SafetyLexicon.ScopeBreakers.Contains(w))
            {
                if (current.Count > 0) yield return current.ToArray();
                current.Clear();
                continue;
            }
            current.Add(w);
        }
        if (current.Count > 0) yield return current.ToArray();
    }

    private static string[] Mask(string[] clause, string[][] phrases)
    {
        var copy = (string[])clause.Clone();
        for (var i = 0; i < copy.Length; i++)
            foreach (var p in phrases.Where(p => Matches(clause, p, i)))
                for (var k = 0; k < p.Length; k++) copy[i + k] = "";
        return copy;
    }

    private static bool Matches(string[] words, string[] phrase, int at)
    {
        if (at + phrase.Length > words.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[at + k] != phrase[k]) return false;
        return true;
    }

    private static int IndexOf(string[] words, string[] phrase, int from)
    {
        for (var i = from; i < words.Length; i++)
            if (Matches(words, phrase, i)) return i;
        return -1;
    }

    private static string[][] Tokens(IEnumerable<string> phrases) =>
        phrases.Select(p => WordPattern().Matches(p).Select(m => m.Value).ToArray()).ToArray();

    [GeneratedRegex(@"[^.!?;\n]+[.!?;]?", RegexOptions.CultureInvariant)]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
