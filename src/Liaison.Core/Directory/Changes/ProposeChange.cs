using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

/// <summary>An MSL proposes a correction of an HCP's data, or that a duplicate record be merged into another.</summary>
public static class ProposeChange
{
    public sealed record Command(
        ChangeRequestKind Kind,
        Guid HcpId,
        Guid? DuplicateHcpId,
        Dictionary<string, string?>? ProposedValues,
        [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

    public sealed class Handler(LiaisonDbContext db, ListChangeRequests.Handler views)
    {
        public async Task<Result<ChangeRequestView>> Handle(Command c, CancellationToken ct)
        {
            if (!await db.Hcps.AnyAsync(h => h.Id == c.HcpId && h.ErasedAt == null, ct)) return Error.NotFound("The HCP");
            string? values = null;
            if (c.Kind == ChangeRequestKind.Correction)
            {
                if (CorrectableFields.Problem(c.ProposedValues ?? []) is { } problem) return Error.Invalid(nameof(c.ProposedValues), problem);
                values = JsonSerializer.Serialize(c.ProposedValues);
            }
            else
            {
                if (c.DuplicateHcpId is not { } dup || dup == c.HcpId)
                    return Error.Invalid(nameof(c.DuplicateHcpId), "Name the duplicate record, different from the one it merges into.");
                if (!await db.Hcps.AnyAsync(h => h.Id == dup && h.ErasedAt == null, ct)) return Error.NotFound("The duplicate HCP");
                if (await db.DataChangeRequests.AnyAsync(r => r.Status == ChangeRequestStatus.Pending && r.Kind == ChangeRequestKind.Merge
                        && (r.DuplicateHcpId == dup || r.HcpId == dup || r.DuplicateHcpId == c.HcpId), ct))
                    return Error.Conflict("A merge of one of these records is already waiting for a decision.");
            }
            var request = new DataChangeRequest
            {
                Id = Guid.CreateVersion7(), Kind = c.Kind, HcpId = c.HcpId,
                DuplicateHcpId = c.Kind == ChangeRequestKind.Merge ? c.DuplicateHcpId : null, ProposedValues = values,
                Reason = c.Reason.Trim(), Status = ChangeRequestStatus.Pending, ProposedBy = db.Actor.Name,
                ProposedByUserId = db.Actor.UserId, ProposedAt = db.UtcNow,
            };
            db.DataChangeRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return await views.Get(request.Id, ct);
        }
    }
}
