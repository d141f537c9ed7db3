using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Impact;

/// <summary>
/// An imported outcome panel (prescribing, patient-reported outcomes, adverse-event reports): subject-month
/// rows in the file contract of PRODUCT.md §2.8, plus the subjects' covariates.
/// </summary>
public sealed class OutcomeDataset
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>An <see cref="Engine.OutcomeKind"/> name: prescribing, patient-reported, adverse-event-reports, general.</summary>
    public string Kind { get; set; } = "general";
    /// <summary>Where the rows came from: csv, fhir-questionnaire-response, part-d (the directory's importer), demo.</summary>
    public string Source { get; set; } = "csv";
    public string? Description { get; set; }
    public long Rows { get; set; }
    public int Subjects { get; set; }
    public DateTime ImportedAt { get; set; }
}

internal sealed class OutcomeDatasetConfiguration : IEntityTypeConfiguration<OutcomeDataset>
{
    public void Configure(EntityTypeBuilder<OutcomeDataset> b)
    {
        b.ToTable("outcome_datasets");
        b.Property(d => d.Name).HasMaxLength(120);
        b.Property(d => d.Kind).HasMaxLength(32);
        b.Property(d => d.Source).HasMaxLength(40);
        b.Property(d => d.Description).HasMaxLength(2000);
        b.HasIndex(d => d.Name).IsUnique();
    }
}

/// <summary>One subject-month of an outcome dataset. Month = year * 12 + month − 1. Bulk rows: audited per import.</summary>
[NotAudited]
public sealed class OutcomeObservation
{
    public Guid DatasetId { get; set; }
    public string SubjectId { get; set; } = "";
    public int Month { get; set; }
    public long Events { get; set; }
    public double Exposure { get; set; }

    /// <summary>The longest subject id stored (outcomes, covariates): what every outcome reader checks ids against.</summary>
    public const int SubjectIdWidth = 64;
}

internal sealed class OutcomeObservationConfiguration : IEntityTypeConfiguration<OutcomeObservation>
{
    public void Configure(EntityTypeBuilder<OutcomeObservation> b)
    {
        b.ToTable("outcome_observations");
        b.HasKey(o => new { o.DatasetId, o.SubjectId, o.Month });
        b.Property(o => o.SubjectId).HasMaxLength(OutcomeObservation.SubjectIdWidth);
        b.HasOne<OutcomeDataset>().WithMany().HasForeignKey(o => o.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A covariate value of a subject of an outcome dataset (long format: one row per subject and name).</summary>
[NotAudited]
public sealed class SubjectCovariate
{
    public Guid DatasetId { get; set; }
    public string SubjectId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";

    /// <summary>What an imported covariate file must fit (<see cref="Engine.CovariateTable.Read"/>).</summary>
    public static readonly Engine.CovariateWidths Widths = new(OutcomeObservation.SubjectIdWidth, 64, 200);
}

internal sealed class SubjectCovariateConfiguration : IEntityTypeConfiguration<SubjectCovariate>
{
    public void Configure(EntityTypeBuilder<SubjectCovariate> b)
    {
        b.ToTable("subject_covariates");
        b.HasKey(c => new { c.DatasetId, c.SubjectId, c.Name });
        b.Property(c => c.SubjectId).HasMaxLength(SubjectCovariate.Widths.Subject);
        b.Property(c => c.Name).HasMaxLength(SubjectCovariate.Widths.Name);
        b.Property(c => c.Value).HasMaxLength(SubjectCovariate.Widths.Value);
        b.HasOne<OutcomeDataset>().WithMany().HasForeignKey(c => c.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
