namespace Liaison.Core.Engagement.Content;

/// <summary>What the rules need to know about a material.</summary>
public sealed record MaterialFacts(Guid Id, string Title, Guid ProductId, string Product, ApprovalStatus Status,
    DateOnly? ApprovedOn, DateOnly? ExpiresOn, bool OffLabel);

/// <summary>What the rules need to know about the unsolicited request an interaction answers.</summary>
/// <param name="ReceivedAt">When the request was received (UTC): an interaction can answer only a request already asked.</param>
public sealed record RequestFacts(Guid Id, bool UnsolicitedAttested, Guid ProductId, Guid RequesterHcpId, DateTime ReceivedAt = default);

/// <summary>
/// When a material may be used at an interaction (PRODUCT.md §3.3): approved on or before the day and not expired
/// on it; if off-label, only in answer to a documented unsolicited request, attested as unsolicited, about the
/// material's product, asked by an HCP who is among the attendees, received before the interaction ended; and only by an MSL whose certification on the
/// product allows it (<see cref="IProductCertifications"/>).
/// </summary>
public static class MaterialRules
{
    /// <returns>Null when the material may be used; otherwise the reason, in words for the MSL.</returns>
    /// <param name="interactionEnds">When the interaction ended (UTC), if known: a request received after it cannot be what it answered.</param>
    public static string? Refusal(MaterialFacts m, DateOnly usedOn, RequestFacts? request,
        IReadOnlyCollection<Guid> attendeeHcpIds, CertificationStanding certification, DateTime? interactionEnds = null)
    {
        if (m.Status != ApprovalStatus.Approved)
            return $"“{m.Title}” is not approved (status: {Describe(m.Status)}) and cannot be used.";
        if (m.ApprovedOn is { } approved && approved > usedOn)
            return $"“{m.Title}” was approved on {approved:yyyy-MM-dd}, after {usedOn:yyyy-MM-dd}: it cannot have been used then.";
        if (m.ExpiresOn is { } expires && expires < usedOn)
            return $"“{m.Title}” expired on {expires:yyyy-MM-dd} and cannot be used.";
        if (m.OffLabel && OffLabelRefusal(m, request, attendeeHcpIds, interactionEnds) is { } offLabel) return offLabel;
        return certification switch
        {
            CertificationStanding.Missing =>
                $"Presenting “{m.Title}” needs a current certification on {m.Product}; your training records show none.",
            CertificationStanding.Expired =>
                $"Presenting “{m.Title}” needs a current certification on {m.Product}; yours has expired.",
            _ => null,
        };
    }

    /// <summary>The off-label part alone: it must hold for every attached material whenever the request link changes.</summary>
    public static string? OffLabelRefusal(MaterialFacts m, RequestFacts? request, IReadOnlyCollection<Guid> attendeeHcpIds,
        DateTime? interactionEnds = null)
    {
        if (!m.OffLabel) return null;
        if (request is null)
            return $"“{m.Title}” is off-label: it can be shared only in answer to a documented unsolicited request. "
                   + "Record the HCP's unsolicited request and link this interaction to it.";
        if (!request.UnsolicitedAttested)
            return $"“{m.Title}” is off-label and the linked request is not attested as unsolicited.";
        if (request.ProductId != m.ProductId)
            return $"“{m.Title}” is about {m.Product}, but the linked unsolicited request is about another product.";
        if (!attendeeHcpIds.Contains(request.RequesterHcpId))
            return $"“{m.Title}” is off-label and the HCP who asked the unsolicited request is not among the attendees.";
        if (interactionEnds is { } ends && request.ReceivedAt > ends)
            return $"“{m.Title}” is off-label and the linked unsolicited request was received on {request.ReceivedAt:yyyy-MM-dd HH:mm} UTC, "
                   + "after this interaction: off-label material can answer only a question already asked.";
        return null;
    }

    public static string Describe(ApprovalStatus status) => status switch
    {
        ApprovalStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
