using Liaison.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Identity;

public sealed class LiaisonUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    [AuditRedacted] public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }
    [AuditRedacted] public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }
}

internal sealed class LiaisonUserConfiguration : IEntityTypeConfiguration<LiaisonUser>
{
    public void Configure(EntityTypeBuilder<LiaisonUser> b) => b.Property(u => u.DisplayName).HasMaxLength(200);
}
