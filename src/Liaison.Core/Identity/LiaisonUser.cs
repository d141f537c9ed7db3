using Liaison.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Identity;

public sealed class LiaisonUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>The MSL manager this user reports to: the manager's team is the users who name them here.</summary>
    public string? ManagerId { get; set; }

    [AuditRedacted] public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }
    [AuditRedacted] public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }
}

internal sealed class LiaisonUserConfiguration : IEntityTypeConfiguration<LiaisonUser>
{
    public void Configure(EntityTypeBuilder<LiaisonUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.ManagerId).HasMaxLength(450);
        b.HasIndex(u => u.ManagerId);
        b.HasOne<LiaisonUser>().WithMany().HasForeignKey(u => u.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
