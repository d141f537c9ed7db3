using System.Text.Json.Serialization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The result of an analysis, with the keys of PRODUCT.md §2.8 (snake_case, whatever the serializer's policy):
/// effects are relative changes, 0.40 meaning +40%.
/// </summary>
public sealed record ImpactResult
{
    [JsonPropertyName("design")] public required string Design { get; init; }
    [JsonPropertyName("effect")] public required double Effect { get; init; }
    [JsonPropertyName("ci_low")] public required double CiLow { get; init; }
    [JsonPropertyName("ci_high")] public required double CiHigh { get; init; }
    [JsonPropertyName("naive_effect")] public required double NaiveEffect { get; init; }
    [JsonPropertyName("n_treated")] public required int NTreated { get; init; }
    [JsonPropertyName("n_control")] public required int NControl { get; init; }
    [JsonPropertyName("n_treated_unmatched")] public required int NTreatedUnmatched { get; init; }
    [JsonPropertyName("outcome")] public required string Outcome { get; init; }
    [JsonPropertyName("windows")] public required WindowsView Windows { get; init; }
    [JsonPropertyName("rates")] public required RatesView Rates { get; init; }
    [JsonPropertyName("balance")] public required IReadOnlyList<BalanceView> Balance { get; init; }
    [JsonPropertyName("event_study")] public required IReadOnlyList<EventStudyMonth> EventStudy { get; init; }
    [JsonPropertyName("caveats")] public required IReadOnlyList<string> Caveats { get; init; }
    [JsonPropertyName("method")] public required MethodView Method { get; init; }
    [JsonPropertyName("sources")] public required SourcesView Sources { get; init; }

    /// <summary>The initiative analysed, when the analysis ran on one (absent for files).</summary>
    [JsonPropertyName("initiative"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InitiativeRef? Initiative { get; init; }
}

public sealed record InitiativeRef(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("published_result")] string? PublishedResult);

public sealed record WindowsView(
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("pre")] int Pre,
    [property: JsonPropertyName("post")] int Post,
    [property: JsonPropertyName("pre_from")] string PreFrom,
    [property: JsonPropertyName("pre_to")] string PreTo,
    [property: JsonPropertyName("post_from")] string PostFrom,
    [property: JsonPropertyName("post_to")] string PostTo)
{
    public static WindowsView Of(AnalysisWindows w) => new(w.Start, w.Pre, w.Post, w.PreFrom, w.PreTo, w.PostFrom, w.PostTo);
}

/// <summary>Events per unit of exposure in the four cells (weighted for the matched design) and the naive ones.</summary>
public sealed record RatesView(
    [property: JsonPropertyName("treated_pre")] double TreatedPre,
    [property: JsonPropertyName("treated_post")] double TreatedPost,
    [property: JsonPropertyName("control_pre")] double ControlPre,
    [property: JsonPropertyName("control_post")] double ControlPost);

public sealed record BalanceView(
    [property: JsonPropertyName("covariate")] string Covariate,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("mean_treated")] double? MeanTreated,
    [property: JsonPropertyName("mean_control_before")] double? MeanControlBefore,
    [property: JsonPropertyName("mean_control_after")] double? MeanControlAfter,
    [property: JsonPropertyName("smd_before")] double? SmdBefore,
    [property: JsonPropertyName("smd_after")] double? SmdAfter)
{
    public static BalanceView Of(BalanceRow r) => new(r.Covariate, r.Level, Num(r.MeanTreated), Num(r.MeanControlBefore),
        Num(r.MeanControlAfter), Num(r.SmdBefore), Num(r.SmdAfter));

    private static double? Num(double v) => double.IsFinite(v) ? v : null;
}

/// <summary>The effect in one month relative to the month before start (which is 0 by construction).</summary>
public sealed record EventStudyMonth(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("relative_month")] int RelativeMonth,
    [property: JsonPropertyName("effect")] double? Effect,
    [property: JsonPropertyName("ci_low")] double? CiLow,
    [property: JsonPropertyName("ci_high")] double? CiHigh);

public sealed record MethodView(
    [property: JsonPropertyName("estimand")] string Estimand,
    [property: JsonPropertyName("variance")] string Variance,
    [property: JsonPropertyName("clusters")] int Clusters,
    [property: JsonPropertyName("neighbours")] int? Neighbours,
    [property: JsonPropertyName("caliper")] double? Caliper,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("confidence")] double Confidence);

public sealed record SourcesView(
    [property: JsonPropertyName("exposures")] string Exposures,
    [property: JsonPropertyName("outcomes")] string Outcomes,
    [property: JsonPropertyName("covariates")] string? Covariates,
    [property: JsonPropertyName("outcome_rows")] long OutcomeRows);
