using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Privacy;

/// <summary>
/// Whether an HCP may be named by a new record: held in the directory and not erased. After a data-subject erasure no
/// new record (an interaction, a request, a plan, a participation, a change request) names the person; records that
/// already did keep them, pseudonymised. One rule, one wording, for every use case that names an HCP.
/// </summary>
public static class NewRecordSubject
{
    /// <summary>Why the HCP <paramref name="id"/> cannot be named in <paramref name="field"/> of a new record, or null.</summary>
    /// <param name="who">The HCP as the message names them: "The HCP", "The requester".</param>
    /// <param name="refused">What the erasure forbids, for the message: "no new records can name them".</param>
    public static async Task<Error?> RefusalAsync(LiaisonDbContext db, string field, Guid? id, string who, CancellationToken ct,
        string refused = NoNewRecords)
    {
        var hcp = await db.Hcps.Where(h => h.Id == id).Select(h => new { h.ErasedAt }).FirstOrDefaultAsync(ct);
        if (hcp is null) return Error.Invalid(field, $"{who} is not in the directory.");
        return hcp.ErasedAt is null ? null : Error.Invalid(field, Erased(who, refused));
    }

    public const string NoNewRecords = "no new records can name them";

    /// <summary>The refusal's words for an erased person named <paramref name="who"/>.</summary>
    public static string Erased(string who, string refused = NoNewRecords) => $"{who} was erased at the person's request: {refused}.";
}
