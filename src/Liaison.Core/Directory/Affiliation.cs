using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>An HCP's link to an organisation: where they practise, in which role, and how we know.</summary>
public sealed class Affiliation
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>The role as the source names it (e.g. a FHIR PractitionerRole code: "General Practice Physician").</summary>
    public string? Role { get; set; }
    public string? RoleCode { get; set; }
    public AffiliationBasis Basis { get; set; }
    public DirectorySource Source { get; set; }
    /// <summary>The source's identity of the link (a PractitionerRole id), for idempotent re-imports.</summary>
    public string? ExternalId { get; set; }
    public bool IsPrimary { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public DateTime CreatedAt { get; set; }

    public Organisation? Organisation { get; set; }
}

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> b)
    {
        b.ToTable("hcp_affiliations");
        b.Property(a => a.Role).HasMaxLength(DirectoryWidths.Role);
        b.Property(a => a.RoleCode).HasMaxLength(DirectoryWidths.RoleCode);
        b.Property(a => a.Basis).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.ExternalId).HasMaxLength(200);
        b.HasIndex(a => new { a.HcpId, a.OrganisationId, a.Basis }).IsUnique();
        b.HasIndex(a => a.OrganisationId);
        b.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
