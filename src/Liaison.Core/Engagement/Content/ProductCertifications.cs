namespace Liaison.Core.Engagement.Content;

/// <summary>What the training records say about an MSL's certification on a product on a date.</summary>
public enum CertificationStanding
{
    /// <summary>No certification is tracked for this product (no training records exist yet): the gate is open.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Not tracked for this product")] NotTracked,
    Current,
    Missing,
    Expired,
}

/// <summary>
/// The seam through which Engagement asks Training whether an MSL may present a product's materials. The rule,
/// enforced in <see cref="MaterialRules"/>: <see cref="CertificationStanding.Current"/> and
/// <see cref="CertificationStanding.NotTracked"/> allow; <see cref="CertificationStanding.Missing"/> and
/// <see cref="CertificationStanding.Expired"/> refuse. The training capability answers NotTracked for a product
/// until it holds a certification requirement for it, so the gate closes product by product as curricula are
/// loaded, never all at once on the day the module ships. The answer is stored on each attached material.
/// </summary>
public interface IProductCertifications
{
    Task<CertificationStanding> StandingAsync(string userId, Guid productId, DateOnly on, CancellationToken ct);
}

/// <summary>Until the training capability lands: no training records exist, so nothing is tracked.</summary>
public sealed class NoTrainingRecords : IProductCertifications
{
    public Task<CertificationStanding> StandingAsync(string userId, Guid productId, DateOnly on, CancellationToken ct) =>
        Task.FromResult(CertificationStanding.NotTracked);
}
