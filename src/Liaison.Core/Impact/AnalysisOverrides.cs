using Liaison.Core.Common;
using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>What a caller may change about an analysis; anything left null comes from the initiative or the defaults.</summary>
public sealed record AnalysisOverrides(string? Start = null, int? Pre = null, int? Post = null, string? Design = null, int? Seed = null,
    int? Neighbours = null, double? Caliper = null)
{
    /// <summary>The options, with <paramref name="initiative"/>'s settings under the overrides.</summary>
    public ImpactOptions ToOptions(Initiative? initiative, IReadOnlySet<string>? categorical, OutcomeKind outcome)
    {
        var design = ImpactNames.ParseDesign(Design ?? initiative?.Design)
            ?? throw new ImpactInputException($"--design must be matched-did or did, not '{Design}'.");
        var windows = AnalysisWindows.Create(Start ?? initiative?.StartMonth ?? "", Pre ?? initiative?.PreMonths ?? 0,
            Post ?? initiative?.PostMonths ?? 0);
        var neighbours = Neighbours ?? 4;
        var caliper = Caliper ?? 0.5;
        if (neighbours is < 1 or > 50) throw new ImpactInputException("--neighbours must be between 1 and 50.");
        if (FiniteNumber.Problem(caliper, "--caliper") is { } notANumber) throw new ImpactInputException(notANumber);
        if (!(caliper > 0)) throw new ImpactInputException("--caliper must be positive.");
        return new ImpactOptions(windows, design, Seed ?? ImpactOptions.DefaultSeed, categorical, neighbours, caliper, outcome);
    }
}
