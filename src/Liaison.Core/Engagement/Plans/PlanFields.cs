using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Engagement.Plans;

public sealed record PlanFields
{
    [Required] public Guid? HcpId { get; init; }
    [Required, Range(2000, 2100)] public int? Year { get; init; }
    [Required, StringLength(4000, MinimumLength = 5)] public string Objectives { get; init; } = "";
    /// <summary>Exactly four quarters, Q1 to Q4.</summary>
    [Required, MinLength(4), MaxLength(4)] public List<QuarterFields> Quarters { get; init; } = [];
}

public sealed record QuarterFields
{
    [StringLength(1000)] public string? Objective { get; init; }
    [Range(0, 100)] public int PlannedTouchpoints { get; init; }
}

public sealed record QuarterProgress(int Quarter, string? Objective, int Planned, int Done, int Signed);

public sealed record PlanView(Guid Id, Guid HcpId, string HcpName, string? Npi, string OwnerId, string OwnerName, int Year,
    string Objectives, IReadOnlyList<QuarterProgress> Quarters, long Version)
{
    public int Planned => Quarters.Sum(q => q.Planned);
    public int Done => Quarters.Sum(q => q.Done);
    /// <summary>Touchpoints done against planned, 0–100 (capped: extra touchpoints do not hide a missed quarter).</summary>
    public int PercentDone => Planned == 0 ? 100 : (int)Math.Round(100.0 * Quarters.Sum(q => Math.Min(q.Done, q.Planned)) / Planned);
}

/// <summary>A manager's line per MSL: their plans and how far along they are.</summary>
public sealed record TeamMemberProgress(string OwnerId, string OwnerName, int Plans, int Planned, int Done, int PercentDone,
    int PlansBehind);
