using Liaison.Core.Common;
using Liaison.Core.Directory;
using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.MedicalInformation;

/// <summary>
/// A question an HCP asked without prompting. It is what makes sharing off-label material lawful: an interaction
/// may carry off-label content only when it answers one of these, attested as unsolicited. Minimal for now: the
/// medical-information capability adds assignment, SLA, responses and fulfilment.
/// </summary>
public sealed class UnsolicitedRequest : IVersioned
{
    public Guid Id { get; set; }
    public Guid RequesterHcpId { get; set; }
    public string Question { get; set; } = "";
    public Guid ProductId { get; set; }
    /// <summary>The receiver attests that the HCP asked on their own initiative, not prompted by the company.</summary>
    public bool UnsolicitedAttested { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string ReceivedById { get; set; } = "";
    public string ReceivedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

internal sealed class UnsolicitedRequestConfiguration : IEntityTypeConfiguration<UnsolicitedRequest>
{
    public void Configure(EntityTypeBuilder<UnsolicitedRequest> b)
    {
        b.ToTable("unsolicited_requests");
        b.Property(r => r.Question).HasMaxLength(4000);
        b.Property(r => r.ReceivedById).HasMaxLength(450);
        b.Property(r => r.ReceivedBy).HasMaxLength(256);
        b.HasIndex(r => new { r.RequesterHcpId, r.ReceivedAt });
        b.HasOne<Hcp>().WithMany().HasForeignKey(r => r.RequesterHcpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
