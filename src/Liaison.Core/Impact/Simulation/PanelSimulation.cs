using MathNet.Numerics.Distributions;

namespace Liaison.Core.Impact.Simulation;

/// <summary>
/// What a simulated outcome panel looks like: subjects whose rates differ (gamma frailty), targeting that prefers
/// high-baseline subjects, a secular trend shared by everyone, and a known multiplicative effect on the treated
/// from the start month on. Used by the demo workspace, the tests and the benchmark.
/// </summary>
public sealed record PanelSpec
{
    public int Subjects { get; init; } = 2000;
    public int StartMonth { get; init; }
    public int Pre { get; init; } = 12;
    public int Post { get; init; } = 12;
    /// <summary>The true effect as a relative change (0.40 = +40%).</summary>
    public double Effect { get; init; } = 0.4;
    /// <summary>Mean events per unit of exposure at baseline.</summary>
    public double BaseRate { get; init; } = 1.0;
    /// <summary>Gamma shape of the subject frailty (smaller = more heterogeneous).</summary>
    public double FrailtyShape { get; init; } = 2.0;
    /// <summary>Shared secular trend, as a relative change per month.</summary>
    public double TrendPerMonth { get; init; } = 0.02;
    /// <summary>How strongly targeting prefers subjects with a high baseline rate (logit slope on log rate).</summary>
    public double Targeting { get; init; } = 1.0;
    /// <summary>
    /// What targeting looks at: the subject's observed pre-period behaviour (what a company has: last year's
    /// prescribing), or its true underlying rate (a lasting trait nobody observes).
    /// </summary>
    public TargetingBasis TargetOn { get; init; } = TargetingBasis.ObservedPrePeriod;
    public double TreatedShare { get; init; } = 0.25;
    /// <summary>Exposure per subject-month: drawn uniformly between these (1–1 = one physician-month).</summary>
    public (int Min, int Max) Exposure { get; init; } = (1, 1);
    /// <summary>Events are successes out of exposure (patient-reported outcomes), not Poisson counts.</summary>
    public bool Binomial { get; init; }
    public string IdPrefix { get; init; } = "S";
    public Func<Random, int, string>? SubjectId { get; init; }
    /// <summary>Categorical covariate: its levels and each level's rate multiplier.</summary>
    public IReadOnlyList<(string Level, double RateFactor)> Regions { get; init; } = [("North", 1.0), ("South", 0.8), ("West", 1.2)];
}

public enum TargetingBasis { ObservedPrePeriod, TrueRate }

/// <summary>One simulated subject: covariates, whether and when exposed, and its monthly events and exposure.</summary>
public sealed record SimulatedSubject(string Id, string Region, double Size, bool Treated, DateOnly? ExposedOn, int[] Events, int[] Exposure);

public static class PanelSimulation
{
    private static double TargetingProbability(PanelSpec spec, double intercept, double trueFactor, int[] events, int[] exposure)
    {
        var level = spec.TargetOn == TargetingBasis.TrueRate
            ? trueFactor
            : (events.Take(spec.Pre).Sum() + 0.5) / (exposure.Take(spec.Pre).Sum() * spec.BaseRate);
        var logit = intercept + spec.Targeting * (Math.Log(level) + 0.25);
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>Subjects one at a time (a million never need to be held at once).</summary>
    public static IEnumerable<SimulatedSubject> Generate(PanelSpec spec, Random rng)
    {
        var months = spec.Pre + spec.Post;
        // Centre the targeting logit so that about TreatedShare of subjects are treated.
        var intercept = Math.Log(spec.TreatedShare / (1 - spec.TreatedShare));
        var frailty = new Gamma(spec.FrailtyShape, spec.FrailtyShape, rng);
        for (var i = 0; i < spec.Subjects; i++)
        {
            var (region, factor) = spec.Regions[rng.Next(spec.Regions.Count)];
            var u = frailty.Sample();
            // Practice size: an observed proxy of the subject's baseline (correlated with the frailty, noisy).
            var size = Math.Round(Math.Exp(Math.Log(u) * 0.8 + Normal.Sample(rng, 3.5, 0.4)), 1);
            var rate = spec.BaseRate * factor * u;
            var events = new int[months];
            var exposure = new int[months];
            var treated = false;
            for (var m = 0; m < months; m++)
            {
                var rel = m - spec.Pre;
                if (rel == 0) treated = rng.NextDouble() < TargetingProbability(spec, intercept, u * factor, events, exposure);
                Month(spec, rng, m, rate, treated && rel >= 0 ? 1 + spec.Effect : 1, events, exposure);
            }
            var start = new DateOnly(spec.StartMonth / 12, spec.StartMonth % 12 + 1, 1);
            yield return new SimulatedSubject(spec.SubjectId?.Invoke(rng, i) ?? $"{spec.IdPrefix}{i:D7}", region, size, treated,
                treated ? start.AddDays(rng.Next(0, 20)) : null, events, exposure);
        }
    }

    /// <summary>One subject-month: its exposure, and its events at this rate under the shared trend.</summary>
    private static void Month(PanelSpec spec, Random rng, int m, double rate, double effect, int[] events, int[] exposure)
    {
        var x = rng.Next(spec.Exposure.Min, spec.Exposure.Max + 1);
        var lambda = rate * Math.Pow(1 + spec.TrendPerMonth, m) * effect;
        exposure[m] = x;
        events[m] = spec.Binomial ? Binomial.Sample(rng, Math.Min(0.95, lambda), x) : Poisson.Sample(rng, lambda * x);
    }

    /// <summary>
    /// The same panel with exactly <paramref name="treated"/> treated subjects, for when who was exposed is already
    /// known (the demo's event attendance): targeting still prefers high pre-period behaviour, as a weighted draw
    /// without replacement (Efraimidis–Spirakis keys) on the targeting probabilities, so the confounding is the same.
    /// Treated subjects' <see cref="SimulatedSubject.ExposedOn"/> is the start month's first day; the caller names them.
    /// </summary>
    public static IReadOnlyList<SimulatedSubject> GenerateWithTreated(PanelSpec spec, int treated, Random rng)
    {
        if (treated <= 0 || treated >= spec.Subjects) throw new ArgumentOutOfRangeException(nameof(treated));
        var months = spec.Pre + spec.Post;
        var share = (double)treated / spec.Subjects;
        var intercept = Math.Log(share / (1 - share));
        var frailty = new Gamma(spec.FrailtyShape, spec.FrailtyShape, rng);
        var pre = new List<(string Region, double Size, double Rate, int[] Events, int[] Exposure, double Key)>(spec.Subjects);
        for (var i = 0; i < spec.Subjects; i++)
        {
            var (region, factor) = spec.Regions[rng.Next(spec.Regions.Count)];
            var u = frailty.Sample();
            var size = Math.Round(Math.Exp(Math.Log(u) * 0.8 + Normal.Sample(rng, 3.5, 0.4)), 1);
            var (events, exposure) = (new int[months], new int[months]);
            for (var m = 0; m < spec.Pre; m++) Month(spec, rng, m, spec.BaseRate * factor * u, 1, events, exposure);
            var weight = TargetingProbability(spec, intercept, u * factor, events, exposure);
            pre.Add((region, size, spec.BaseRate * factor * u, events, exposure, Math.Log(1 - rng.NextDouble()) / weight));
        }
        var chosen = pre.Select((s, i) => (s.Key, i)).OrderByDescending(p => p.Key).Take(treated).Select(p => p.i).ToHashSet();
        var start = new DateOnly(spec.StartMonth / 12, spec.StartMonth % 12 + 1, 1);
        return pre.Select((s, i) =>
        {
            var isTreated = chosen.Contains(i);
            for (var m = spec.Pre; m < months; m++) Month(spec, rng, m, s.Rate, isTreated ? 1 + spec.Effect : 1, s.Events, s.Exposure);
            return new SimulatedSubject(spec.SubjectId?.Invoke(rng, i) ?? $"{spec.IdPrefix}{i:D7}", s.Region, s.Size, isTreated,
                isTreated ? start : null, s.Events, s.Exposure);
        }).ToList();
    }
}
