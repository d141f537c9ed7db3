using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement;

/// <summary>
/// PRODUCT.md §3.6, consent before any non-scientific communication, as field engagement applies it. Each outbound
/// contact engagement models, and the rule:
/// <list type="bullet">
/// <item>An <b>event invitation</b> is outbound and not a scientific exchange: it is refused unless every HCP invited has a
/// consent in force for the channel it goes by and the purpose <see cref="ConsentPurpose.EventInvitations"/> (the
/// directory's consent capability decides). Refused, not warned: an invitation sent is a contact made, and nothing can
/// undo it afterwards. The whole list is refused, naming who lacks consent, so nothing is half-sent.</item>
/// <item>A <b>walk-in</b> is checked in without a check: the HCP came, nobody contacted them.</item>
/// <item><b>Interactions, follow-ups and answers to unsolicited requests</b> are scientific exchange, which §3.6 leaves
/// outside the rule: they are not checked.</item>
/// <item><b>Patient-advocacy representatives</b> are not in the directory's consent model (their organisations arrange
/// their participation) and are not checked.</item>
/// </list>
/// </summary>
[CoreService]
public sealed class ContactConsent(LiaisonDbContext db, HcpConsents.Handler consents)
{
    /// <summary>Null when every HCP may be invited by <paramref name="channel"/>; otherwise the error naming who may not.</summary>
    public async Task<Error?> CheckInvitationsAsync(IReadOnlyCollection<Guid> hcpIds, ConsentChannel channel, string field, CancellationToken ct)
    {
        if (hcpIds.Count == 0) return null;
        var allowed = await consents.AllowingAsync(hcpIds, channel, ConsentPurpose.EventInvitations, ct);
        var missing = hcpIds.Where(h => !allowed.Contains(h)).ToList();
        if (missing.Count == 0) return null;
        var names = await db.Hcps.AsNoTracking().Where(h => missing.Contains(h.Id))
            .OrderBy(h => h.LastName).ThenBy(h => h.FirstName)
            .Select(h => h.Pseudonym != null || h.Npi == null ? Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)
                : Hcp.NameOf(null, null, h.FirstName, h.LastName, h.Npi) + " (NPI " + h.Npi + ")")
            .Take(10).ToListAsync(ct);
        var more = missing.Count > names.Count ? $" and {missing.Count - names.Count} more" : "";
        return Error.Invalid(field,
            $"No consent in force to receive event invitations by {channel.ToString().ToLowerInvariant()}: {string.Join(", ", names)}{more}. " +
            "Nobody was invited. Record their consent (profile → Consents), invite them by a channel they agreed to, or leave them out.");
    }
}
