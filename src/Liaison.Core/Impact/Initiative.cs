using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Impact;

/// <summary>
/// A field-medical initiative whose effect is measured: a goal, a target list (who is exposed), activities, an
/// outcome metric (an imported outcome dataset) and the analysis windows around its start month.
/// </summary>
public sealed class Initiative : IVersioned
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";

    /// <summary>Slugs are stored and looked up trimmed and in lower case.</summary>
    public static string NormalizeSlug(string slug) => slug.Trim().ToLowerInvariant();
    public string Name { get; set; } = "";
    public string Goal { get; set; } = "";
    /// <summary>Who the target list holds: HCPs, sites or patients.</summary>
    public string TargetKind { get; set; } = "hcp";
    public string Activities { get; set; } = "";
    public Guid OutcomeDatasetId { get; set; }
    public string StartMonth { get; set; } = "";
    public int PreMonths { get; set; }
    public int PostMonths { get; set; }
    public string Design { get; set; } = "matched-did";
    /// <summary>Covariates to treat as categorical even though their values are numbers (comma-separated).</summary>
    public string? CategoricalCovariates { get; set; }
    /// <summary>The figure the initiative's case study published, shown beside the recomputed one.</summary>
    public string? PublishedResult { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public OutcomeDataset? OutcomeDataset { get; set; }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> b)
    {
        b.ToTable("initiatives");
        b.Property(i => i.Slug).HasMaxLength(80);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Goal).HasMaxLength(2000);
        b.Property(i => i.TargetKind).HasMaxLength(16);
        b.Property(i => i.Activities).HasMaxLength(4000);
        b.Property(i => i.StartMonth).HasMaxLength(7);
        b.Property(i => i.Design).HasMaxLength(16);
        b.Property(i => i.CategoricalCovariates).HasMaxLength(400);
        b.Property(i => i.PublishedResult).HasMaxLength(200);
        b.HasIndex(i => i.Slug).IsUnique();
        b.HasOne(i => i.OutcomeDataset).WithMany().HasForeignKey(i => i.OutcomeDatasetId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// A treated subject of an initiative and when they were first exposed. Written in bulk (from an exposures CSV, or
/// from events' attendance: <see cref="ExposuresFromEvents"/>); each import is one audit entry.
/// </summary>
[NotAudited]
public sealed class InitiativeTarget
{
    public Guid InitiativeId { get; set; }
    public string SubjectId { get; set; } = "";
    public DateOnly ExposedOn { get; set; }
    /// <summary>Where the exposure came from: <see cref="FromCsv"/>, <see cref="FromEvents"/> or "demo".</summary>
    public string Source { get; set; } = FromCsv;

    public const string FromCsv = "csv";
    public const string FromEvents = "event";
}

internal sealed class InitiativeTargetConfiguration : IEntityTypeConfiguration<InitiativeTarget>
{
    public void Configure(EntityTypeBuilder<InitiativeTarget> b)
    {
        b.ToTable("initiative_targets");
        b.HasKey(t => new { t.InitiativeId, t.SubjectId });
        b.Property(t => t.SubjectId).HasMaxLength(64);
        b.Property(t => t.Source).HasMaxLength(16);
        b.HasOne<Initiative>().WithMany().HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
