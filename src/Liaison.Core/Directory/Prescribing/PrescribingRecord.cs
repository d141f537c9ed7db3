using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// One row of CMS "Medicare Part D Prescribers — by Provider and Drug": a prescriber's claims of one drug in one
/// year. CMS leaves out rows under 11 claims and blanks counts of 1–10 beneficiaries; a blank stays null here
/// (suppressed, not zero), with the file's suppression flag beside it. Public reference data loaded in bulk:
/// each import run is audited as one entry with its counts.
/// </summary>
[NotAudited]
public sealed class PrescribingRecord
{
    public Guid Id { get; set; }
    public string Npi { get; set; } = "";
    /// <summary>The directory's HCP with this NPI, resolved on import (null when the NPI is not in the directory).</summary>
    public Guid? HcpId { get; set; }
    public int Year { get; set; }

    /// <summary>The drug's brand name as the latest file gave it: upper case in the 2013–2019 Prescriber PUF, mixed case since.</summary>
    public string BrandName
    {
        get => _brandName;
        set => (_brandName, BrandKey) = (value, DrugKey(value));
    }

    public string GenericName
    {
        get => _genericName;
        set => (_genericName, GenericKey) = (value, DrugKey(value));
    }

    /// <summary>
    /// The names as the record is keyed and searched by (one prescriber, drug and year is one record): set with the names,
    /// folded to upper case in .NET, so both engines compare them alike and the legacy and current layouts meet.
    /// </summary>
    public string BrandKey { get; private set; } = "";
    public string GenericKey { get; private set; } = "";

    private string _brandName = "", _genericName = "";

    /// <summary>A drug name as <see cref="BrandKey"/> and <see cref="GenericKey"/> hold it (and searches compare with).</summary>
    public static string DrugKey(string name) => name.ToUpperInvariant();
    public string? PrescriberLastName { get; set; }
    public string? PrescriberFirstName { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PrescriberType { get; set; }
    public int TotalClaims { get; set; }
    public decimal? Total30DayFills { get; set; }
    public int? TotalDaySupply { get; set; }
    public decimal? TotalDrugCost { get; set; }
    /// <summary>Null when CMS suppressed it (1–10 beneficiaries).</summary>
    public int? TotalBeneficiaries { get; set; }
    /// <summary>"*" primary suppression (1–10 claims), "#" counter-suppression, null when the 65+ figures are given.</summary>
    public string? Ge65SuppressionFlag { get; set; }
    public int? Ge65TotalClaims { get; set; }
    public decimal? Ge65Total30DayFills { get; set; }
    public decimal? Ge65TotalDrugCost { get; set; }
    public int? Ge65TotalDaySupply { get; set; }
    public string? Ge65BeneficiarySuppressionFlag { get; set; }
    public int? Ge65TotalBeneficiaries { get; set; }
    public long ContentHash { get; set; }
    /// <summary>
    /// The file whose row this record last took or matched (the first 64 bits of its fingerprint), and that row's line: a
    /// later row of the same file with the same prescriber, drug and year is a repeat, on every run of the file.
    /// </summary>
    public long? SourceFile { get; set; }
    public long? SourceLine { get; set; }
}

internal sealed class PrescribingRecordConfiguration : IEntityTypeConfiguration<PrescribingRecord>
{
    public void Configure(EntityTypeBuilder<PrescribingRecord> b)
    {
        b.ToTable("prescribing_records");
        b.Property(r => r.Npi).HasMaxLength(10);
        b.Property(r => r.BrandName).HasMaxLength(200);
        b.Property(r => r.GenericName).HasMaxLength(200);
        b.Property(r => r.BrandKey).HasMaxLength(200);
        b.Property(r => r.GenericKey).HasMaxLength(200);
        b.Property(r => r.PrescriberLastName).HasMaxLength(100);
        b.Property(r => r.PrescriberFirstName).HasMaxLength(100);
        b.Property(r => r.City).HasMaxLength(100);
        b.Property(r => r.State).HasMaxLength(2);
        b.Property(r => r.PrescriberType).HasMaxLength(100);
        b.Property(r => r.Ge65SuppressionFlag).HasMaxLength(1);
        b.Property(r => r.Ge65BeneficiarySuppressionFlag).HasMaxLength(1);
        b.HasIndex(r => new { r.Npi, r.Year, r.BrandKey, r.GenericKey }).IsUnique();
        b.HasIndex(r => new { r.HcpId, r.Year });
        b.HasIndex(r => new { r.GenericKey, r.Year });
    }
}
