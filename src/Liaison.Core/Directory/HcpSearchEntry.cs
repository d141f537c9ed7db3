using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// The search projection of an HCP: normalised names, phonetic key and place, one row per HCP, derived from
/// <see cref="Hcp"/> and its addresses and rebuilt whenever they change. <see cref="Key"/> is a stable integer
/// so SQLite's FTS5 index can point at it; PostgreSQL indexes <see cref="Names"/> with full text.
/// Derived data: not audited, deleted on erasure.
/// </summary>
[NotAudited]
public sealed class HcpSearchEntry
{
    public long Key { get; set; }
    public Guid HcpId { get; set; }
    /// <summary>Upper-case ASCII names: last, first, middle, other names, credentials.</summary>
    public string Names { get; set; } = "";
    /// <summary>"LAST FIRST MIDDLE": the order of equally relevant results.</summary>
    public string SortName { get; set; } = "";
    /// <summary>Phonetic key of the last name (NameKey): finds misspelt surnames.</summary>
    public string LastNameKey { get; set; } = "";
    /// <summary>Primary NUCC taxonomy code.</summary>
    public string? Specialty { get; set; }
    public string? State { get; set; }
    /// <summary>Upper-case city of the practice location.</summary>
    public string? City { get; set; }
    public string? Zip5 { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool IsActive { get; set; }
}

internal sealed class HcpSearchEntryConfiguration : IEntityTypeConfiguration<HcpSearchEntry>
{
    public void Configure(EntityTypeBuilder<HcpSearchEntry> b)
    {
        b.ToTable("hcp_search_entries");
        b.HasKey(e => e.Key);
        b.Property(e => e.Key).ValueGeneratedOnAdd();
        b.Property(e => e.Names).HasMaxLength(600);
        b.Property(e => e.SortName).HasMaxLength(300);
        b.Property(e => e.LastNameKey).HasMaxLength(40);
        b.Property(e => e.Specialty).HasMaxLength(10);
        b.Property(e => e.State).HasMaxLength(2);
        b.Property(e => e.City).HasMaxLength(100);
        b.Property(e => e.Zip5).HasMaxLength(5);
        b.HasIndex(e => e.HcpId).IsUnique();
        // Typo search takes the first names (by sort name) under a phonetic-key prefix: this index finds and orders them.
        b.HasIndex(e => new { e.LastNameKey, e.SortName });
        b.HasIndex(e => new { e.Specialty, e.State, e.SortName });
        b.HasIndex(e => new { e.State, e.City, e.SortName });
        b.HasIndex(e => new { e.Zip5, e.SortName });
        b.HasOne<Hcp>().WithOne().HasForeignKey<HcpSearchEntry>(e => e.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
