using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

/// <summary>An MSL proposes a correction of an HCP's data, or that a duplicate record be merged into another.</summary>
public static class ProposeChange
{
    /// <summary>A proposal. Kind and HCP are required: an absent kind read as a correction, an absent HCP as the empty id.</summary>
    public sealed record Command(
        [property: Required] ChangeRequestKind? Kind,
        [property: Required] Guid? HcpId,
        Guid? DuplicateHcpId,
        Dictionary<string, string?>? ProposedValues,
        [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

    public sealed class Handler(LiaisonDbContext db, ListChangeRequests.Handler views)
    {
        public async Task<Result<ChangeRequestView>> Handle(Command c, CancellationToken ct)
        {
            // Also checked here, not only by the API's validation: the page proposes through this handler too.
            if (c.Kind is not { } kind) return Error.Invalid(nameof(c.Kind), "Say whether this is a Correction or a Merge.");
            if (c.HcpId is not { } hcpId) return Error.Invalid(nameof(c.HcpId), "Name the HCP the change is for.");
            // Ids in the body are fields: an unknown one is a 400 naming it, as on every other create, not a 404 for the address.
            if (await UnknownHcp(nameof(c.HcpId), hcpId, "The HCP", ct) is { } unknown) return unknown;
            string? values = null;
            if (kind == ChangeRequestKind.Correction)
            {
                if (CorrectableFields.Problem(c.ProposedValues ?? []) is { } problem) return Error.Invalid(nameof(c.ProposedValues), problem);
                values = JsonSerializer.Serialize(c.ProposedValues);
            }
            else
            {
                if (c.DuplicateHcpId is not { } dup || dup == hcpId)
                    return Error.Invalid(nameof(c.DuplicateHcpId), "Name the duplicate record, different from the one it merges into.");
                if (await UnknownHcp(nameof(c.DuplicateHcpId), dup, "The duplicate HCP", ct) is { } unknownDuplicate) return unknownDuplicate;
                if (await db.DataChangeRequests.AnyAsync(r => r.Status == ChangeRequestStatus.Pending && r.Kind == ChangeRequestKind.Merge
                        && (r.DuplicateHcpId == dup || r.HcpId == dup || r.DuplicateHcpId == hcpId), ct))
                    return Error.Conflict("A merge of one of these records is already waiting for a decision.");
            }
            var request = new DataChangeRequest
            {
                Id = Guid.CreateVersion7(), Kind = kind, HcpId = hcpId,
                DuplicateHcpId = kind == ChangeRequestKind.Merge ? c.DuplicateHcpId : null, ProposedValues = values,
                Reason = c.Reason.Trim(), Status = ChangeRequestStatus.Pending, ProposedBy = db.Actor.Name,
                ProposedByUserId = db.Actor.UserId, ProposedAt = db.UtcNow,
            };
            db.DataChangeRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return await views.Get(request.Id, ct);
        }

        private Task<Error?> UnknownHcp(string field, Guid id, string what, CancellationToken ct) =>
            NewRecordSubject.RefusalAsync(db, field, id, what, ct, "no change can be proposed for them");
    }
}
