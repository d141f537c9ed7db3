using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Engagement.Transfers;

public sealed record TransferFields
{
    [Required] public Guid? HcpId { get; init; }
    [Required, Range(typeof(decimal), "0.01", "10000000")] public decimal? Amount { get; init; }
    [Required] public DateOnly? PaidOn { get; init; }
    [Required] public PaymentNature? Nature { get; init; }
    public PaymentForm Form { get; init; } = PaymentForm.InKindItemsAndServices;
    [Range(1, 999)] public int NumberOfPayments { get; init; } = 1;
    public Guid? EventId { get; init; }
    public Guid? InteractionId { get; init; }
    public Guid? ProductId { get; init; }
    [StringLength(500)] public string? Context { get; init; }
    [StringLength(40)] public string? CityOfTravel { get; init; }
    [StringLength(2, MinimumLength = 2)] public string? StateOfTravel { get; init; }
    [StringLength(100)] public string? CountryOfTravel { get; init; }
}

public sealed record TransferView(Guid Id, Guid HcpId, string HcpName, string? Npi, decimal Amount, DateOnly PaidOn,
    PaymentNature Nature, PaymentForm Form, int NumberOfPayments, Guid? EventId, string? Event,
    Guid? InteractionId, Guid? ProductId, string? Product, string? Context, string RecordedBy, DateTime CreatedAt, long Version)
{
    public string NatureName => Nature.Cms();
}

public enum CapLevel
{
    Near,
    Exceeded,
}

/// <summary>A cap an HCP's year of payments is near or over.</summary>
public sealed record CapWarning(PaymentNature? Nature, decimal Limit, decimal Received, CapLevel Level, string Message);

public sealed record RecordedTransfer(TransferView Transfer, IReadOnlyList<CapWarning> Warnings);

public sealed record CapFields
{
    public PaymentNature? Nature { get; init; }
    [Required, Range(typeof(decimal), "0.01", "100000000")] public decimal? AnnualLimit { get; init; }
    [Range(1, 100)] public int WarnAtPercent { get; init; } = 80;
}

public sealed record CapView(Guid Id, PaymentNature? Nature, string Applies, decimal AnnualLimit, int WarnAtPercent, long Version);
