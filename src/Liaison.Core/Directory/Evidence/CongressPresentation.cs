using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// An HCP's part in a scientific congress (a keynote, an oral presentation, a poster, chairing a session, a panel), as
/// printed in the congress's public programme: recorded by the field team with the programme as its source. Public
/// evidence of influence; it feeds the congress component of the influence score.
/// </summary>
public sealed class CongressPresentation : IVersioned
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    /// <summary>The congress as named in its programme ("ASCO Annual Meeting 2026").</summary>
    public string Congress { get; set; } = "";
    public DateOnly PresentedOn { get; set; }
    public CongressRole Role { get; set; }
    /// <summary>The title of the talk or poster, or the session chaired.</summary>
    public string Title { get; set; } = "";
    /// <summary>Where the programme shows it (an http(s) address).</summary>
    public string? SourceUrl { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public long Version { get; set; }
}

public enum CongressRole
{
    Keynote,
    OralPresentation,
    SessionChair,
    Panel,
    Poster,
}

internal sealed class CongressPresentationConfiguration : IEntityTypeConfiguration<CongressPresentation>
{
    public void Configure(EntityTypeBuilder<CongressPresentation> b)
    {
        b.ToTable("congress_presentations");
        b.Property(p => p.Congress).HasMaxLength(200);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Title).HasMaxLength(500);
        b.Property(p => p.SourceUrl).HasMaxLength(1000);
        b.Property(p => p.RecordedBy).HasMaxLength(256);
        b.HasIndex(p => new { p.HcpId, p.PresentedOn });
        b.HasOne<Hcp>().WithMany().HasForeignKey(p => p.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
