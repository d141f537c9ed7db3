using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// A healthcare professional: an individual provider (NPPES entity type 1, FHIR Practitioner). Everything that
/// identifies the person lives here and in <see cref="HcpAddress"/>, so erasure can pseudonymise this record
/// while interactions, safety cases and transfers of value keep pointing at the same <see cref="Id"/>.
/// </summary>
public sealed class Hcp : IVersioned
{
    /// <summary>What an HCP without a name is called: an NPI the registry lists only as deactivated (see BatchUpsert).</summary>
    public static string Unnamed(string? npi) => $"NPI {npi} (deactivated; the registry gives no name)";

    /// <summary>
    /// The name lists and records show for an HCP: the pseudonym once erased, else "[prefix] first last", else (a record
    /// the registry names nowhere) <see cref="Unnamed"/>. Queries select the parts and call this in their final
    /// projection, so every page names an erased or nameless HCP alike.
    /// </summary>
    public static string NameOf(string? pseudonym, string? prefix, string? first, string? last, string? npi) =>
        pseudonym ?? (string.Join(' ', new[] { prefix, first, last }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name
            ? name : Unnamed(npi));

    public Guid Id { get; set; }
    /// <summary>The 10-digit National Provider Identifier; null for an HCP without one or once erased.</summary>
    public string? Npi { get; set; }
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string? MiddleName { get; set; }
    public string? NamePrefix { get; set; }
    public string? NameSuffix { get; set; }
    /// <summary>Credentials as registered (MD, DO, PhD, RN ...).</summary>
    public string? Credentials { get; set; }
    /// <summary>Another name the person is registered under (former or professional name).</summary>
    public string? OtherLastName { get; set; }
    public string? OtherFirstName { get; set; }
    public AdministrativeSex Sex { get; set; }
    public bool? SoleProprietor { get; set; }

    public DateOnly? EnumeratedOn { get; set; }
    /// <summary>The registry's own last-update date of the record.</summary>
    public DateOnly? RegistryUpdatedOn { get; set; }
    public DateOnly? DeactivatedOn { get; set; }
    public string? DeactivationReason { get; set; }
    public DateOnly? ReactivatedOn { get; set; }

    /// <summary>The NUCC code of the primary specialty (also among <see cref="Taxonomies"/>).</summary>
    public string? PrimaryTaxonomyCode { get; set; }

    public DirectorySource Source { get; set; }
    /// <summary>The record's identity in a source without NPI (a FHIR server, a CRM): system and value.</summary>
    public string? ExternalSystem { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>Hash of the normalised source content last imported: an unchanged row is skipped.</summary>
    public long ContentHash { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Set when the person was erased: identifying fields are replaced by <see cref="Pseudonym"/>.</summary>
    public DateTime? ErasedAt { get; set; }
    public string? Pseudonym { get; set; }
    public long Version { get; set; }

    /// <summary>Active in the registry: never deactivated, or reactivated after the last deactivation.</summary>
    public bool IsActive => DeactivatedOn is null || (ReactivatedOn is { } r && r >= DeactivatedOn);

    public List<HcpAddress> Addresses { get; set; } = [];
    public List<HcpTaxonomy> Taxonomies { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
}

internal sealed class HcpConfiguration : IEntityTypeConfiguration<Hcp>
{
    public void Configure(EntityTypeBuilder<Hcp> b)
    {
        b.ToTable("hcps");
        b.Property(h => h.Npi).HasMaxLength(10);
        b.Property(h => h.LastName).HasMaxLength(DirectoryWidths.PersonName);
        b.Property(h => h.FirstName).HasMaxLength(DirectoryWidths.PersonName);
        b.Property(h => h.MiddleName).HasMaxLength(DirectoryWidths.PersonName);
        b.Property(h => h.NamePrefix).HasMaxLength(DirectoryWidths.NameAffix);
        b.Property(h => h.NameSuffix).HasMaxLength(DirectoryWidths.NameAffix);
        b.Property(h => h.Credentials).HasMaxLength(DirectoryWidths.Credentials);
        b.Property(h => h.OtherLastName).HasMaxLength(DirectoryWidths.PersonName);
        b.Property(h => h.OtherFirstName).HasMaxLength(DirectoryWidths.PersonName);
        b.Property(h => h.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(h => h.DeactivationReason).HasMaxLength(DirectoryWidths.DeactivationReason);
        b.Property(h => h.PrimaryTaxonomyCode).HasMaxLength(10);
        b.Property(h => h.Source).HasConversion<string>().HasMaxLength(8);
        b.Property(h => h.ExternalSystem).HasMaxLength(DirectoryWidths.External);
        b.Property(h => h.ExternalId).HasMaxLength(DirectoryWidths.External);
        b.Property(h => h.Pseudonym).HasMaxLength(40);
        b.Ignore(h => h.IsActive);
        b.HasIndex(h => h.Npi).IsUnique();
        b.HasIndex(h => new { h.ExternalSystem, h.ExternalId }).IsUnique();
        b.HasMany(h => h.Addresses).WithOne().HasForeignKey(a => a.HcpId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Taxonomies).WithOne().HasForeignKey(t => t.HcpId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Affiliations).WithOne().HasForeignKey(a => a.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
