using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// An NPI whose person was erased, kept only as a keyed hash: imports skip it, so a registry re-import does not
/// bring the person back, and the NPI itself is no longer held.
/// </summary>
public sealed class ErasedNpi
{
    /// <summary>HMAC-SHA-256 of the NPI under the workspace's erasure key , hex.</summary>
    public string NpiHash { get; set; } = "";
    public DateTime ErasedAt { get; set; }
}

internal sealed class ErasedNpiConfiguration : IEntityTypeConfiguration<ErasedNpi>
{
    public void Configure(EntityTypeBuilder<ErasedNpi> b)
    {
        b.ToTable("erased_npis");
        b.HasKey(e => e.NpiHash);
        b.Property(e => e.NpiHash).HasMaxLength(64);
    }
}
