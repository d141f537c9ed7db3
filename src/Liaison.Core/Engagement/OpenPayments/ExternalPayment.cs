using Liaison.Core.Common;
using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.OpenPayments;

public enum ExternalPaymentKind
{
    General,
    Research,
}

/// <summary>
/// A payment another company made to an HCP, from a CMS Open Payments public file (general or research). Public
/// reference data: the import run is audited as one entry with its counts, not row by row. Linked to the directory
/// by NPI, else by the CMS profile id of an already linked row, else by a unique name-and-state match.
/// </summary>
[NotAudited]
public sealed class ExternalPayment
{
    public Guid Id { get; set; }
    public ExternalPaymentKind Kind { get; set; }
    public string RecordId { get; set; } = "";
    /// <summary>0 for the covered recipient; 1–5 for a research payment's principal investigators.</summary>
    public int Slot { get; set; }
    public int ProgramYear { get; set; }
    public Guid? HcpId { get; set; }
    public string? Npi { get; set; }
    public string? ProfileId { get; set; }
    /// <summary>Upper-case, as CMS publishes them.</summary>
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? City { get; set; }
    public string? State { get; set; }
    public string PayerName { get; set; } = "";
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public string Nature { get; set; } = "";
    public string? Form { get; set; }
    public string? ProductName { get; set; }
    public string? StudyName { get; set; }
    public DateTime ImportedAt { get; set; }

    /// <summary>
    /// The file (<see cref="Directory.Import.FileFingerprint.Key"/>) and line the record was last read from: a later row
    /// of that file with the same Record_ID repeats it (reported), where a row of another file corrects it.
    /// </summary>
    public long? SourceFile { get; set; }
    public int? SourceLine { get; set; }

    /// <summary>Whether <paramref name="published"/> (the same record in a later publication) has other values: <see cref="Correct"/> would change it.</summary>
    public bool Differs(ExternalPayment published) => Recipient != published.Recipient || Values != published.Values;

    /// <summary>
    /// Takes the values of <paramref name="published"/> (the same record in a later publication) when they differ; a new
    /// recipient identity is linked to the directory afresh. False when nothing changed.
    /// </summary>
    public bool Correct(ExternalPayment published)
    {
        if (!Differs(published)) return false;
        if (Recipient != published.Recipient) HcpId = null;
        (Npi, ProfileId, FirstName, LastName, State) = published.Recipient;
        (ProgramYear, City, PayerName, Amount, PaidOn, Nature, Form, ProductName, StudyName) = published.Values;
        return true;
    }

    private (string?, string?, string, string, string?) Recipient => (Npi, ProfileId, FirstName, LastName, State);

    private (int, string?, string, decimal, DateOnly, string, string?, string?, string?) Values =>
        (ProgramYear, City, PayerName, Amount, PaidOn, Nature, Form, ProductName, StudyName);
}

/// <summary>
/// The widths of the text columns, in characters: the configuration declares them, the importer refuses a longer value by
/// row. Each holds at least CMS's published maximum (Open Payments Methodology and Data Dictionary, general and research
/// files since program year 2013): Record_ID and profile ids NUMBER(38); first and middle name 20, last name 35; city 40;
/// state 2; payer name 100; nature of payment 200; form of payment 100; product name 500 (100 in the 2013–2015 layouts).
/// Name_of_Study has no maximum in the dictionary (the program year 2013 research file reached 500 characters), so it is
/// stored whole, unbounded.
/// </summary>
internal static class ExternalPaymentWidths
{
    public const int RecordId = 40, ProfileId = 40, Name = 100, City = 100, State = 40, Payer = 200, Nature = 200, Form = 100,
        Product = 500;
}

internal sealed class ExternalPaymentConfiguration : IEntityTypeConfiguration<ExternalPayment>
{
    public void Configure(EntityTypeBuilder<ExternalPayment> b)
    {
        b.ToTable("external_payments");
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.RecordId).HasMaxLength(ExternalPaymentWidths.RecordId);
        b.Property(p => p.Npi).HasMaxLength(10);
        b.Property(p => p.ProfileId).HasMaxLength(ExternalPaymentWidths.ProfileId);
        b.Property(p => p.FirstName).HasMaxLength(ExternalPaymentWidths.Name);
        b.Property(p => p.LastName).HasMaxLength(ExternalPaymentWidths.Name);
        b.Property(p => p.City).HasMaxLength(ExternalPaymentWidths.City);
        b.Property(p => p.State).HasMaxLength(ExternalPaymentWidths.State);
        b.Property(p => p.PayerName).HasMaxLength(ExternalPaymentWidths.Payer);
        b.Property(p => p.Nature).HasMaxLength(ExternalPaymentWidths.Nature);
        b.Property(p => p.Form).HasMaxLength(ExternalPaymentWidths.Form);
        b.Property(p => p.ProductName).HasMaxLength(ExternalPaymentWidths.Product);
        b.HasIndex(p => new { p.Kind, p.RecordId, p.Slot }).IsUnique();
        b.HasIndex(p => new { p.HcpId, p.PaidOn });
        b.HasIndex(p => p.Npi);
        b.HasIndex(p => p.ProfileId);
        b.HasOne<Hcp>().WithMany().HasForeignKey(p => p.HcpId).OnDelete(DeleteBehavior.Restrict);
    }
}
