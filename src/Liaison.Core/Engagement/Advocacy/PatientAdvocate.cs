using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Advocacy;

/// <summary>A representative of a patient-advocacy group: attends roundtables, events and advisory boards.</summary>
public sealed class PatientAdvocate : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

internal sealed class PatientAdvocateConfiguration : IEntityTypeConfiguration<PatientAdvocate>
{
    public void Configure(EntityTypeBuilder<PatientAdvocate> b)
    {
        b.ToTable("patient_advocates");
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Organisation).HasMaxLength(200);
        b.Property(a => a.Email).HasMaxLength(256);
        b.HasIndex(a => new { a.Organisation, a.Name }).IsUnique();
    }
}
