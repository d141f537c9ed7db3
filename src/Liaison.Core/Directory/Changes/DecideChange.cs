using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

/// <summary>
/// An admin approves a change request, which applies it in the same transaction (a correction edits the HCP; a
/// merge folds the duplicate in), or rejects it. The request's version guards against two admins deciding at once.
/// </summary>
public static class DecideChange
{
    public sealed class Handler(LiaisonDbContext db, MergeHcps.Handler merge, ListChangeRequests.Handler views)
    {
        /// <summary>The longest decision note: a longer one is refused rather than stored cut.</summary>
        public const int MaxNote = 2000;

        public async Task<Result<ChangeRequestView>> Approve(Guid id, ExpectedVersion version, string? note, CancellationToken ct)
        {
            if (NoteProblem(note) is { } tooLong) return tooLong;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var request = await db.DataChangeRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (Check(request, version) is { } refused) return refused;
            db.AuditReason = $"Change request {request!.Id} approved: {request.Reason}";
            if (request.Kind == ChangeRequestKind.Correction)
            {
                var hcp = await db.Hcps.FirstOrDefaultAsync(h => h.Id == request.HcpId && h.ErasedAt == null, ct);
                if (hcp is null) return Error.Conflict("The HCP no longer exists or was erased; reject the request.");
                var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(request.ProposedValues ?? "{}")!;
                CorrectableFields.Apply(hcp, values);
                hcp.UpdatedAt = db.UtcNow;
                if (await db.HcpSearchEntries.FirstOrDefaultAsync(e => e.HcpId == hcp.Id, ct) is { } entry) CorrectableFields.Refresh(entry, hcp);
            }
            else if (!await db.Hcps.AnyAsync(h => h.Id == request.DuplicateHcpId, ct) || !await db.Hcps.AnyAsync(h => h.Id == request.HcpId, ct))
                return Error.Conflict("One of the records to merge no longer exists; reject the request.");
            Decide(request, ChangeRequestStatus.Approved, note);
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            if (request.Kind == ChangeRequestKind.Merge)
                await merge.Handle(request.DuplicateHcpId!.Value, request.HcpId, request.Id, ct);
            await tx.CommitAsync(ct);
            if (request.Kind == ChangeRequestKind.Merge) await merge.RescoreAsync(ct);
            return await views.Get(id, ct);
        }

        public async Task<Result<ChangeRequestView>> Reject(Guid id, ExpectedVersion version, string? note, CancellationToken ct)
        {
            if (NoteProblem(note) is { } tooLong) return tooLong;
            var request = await db.DataChangeRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (Check(request, version) is { } refused) return refused;
            Decide(request!, ChangeRequestStatus.Rejected, note);
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await views.Get(id, ct);
        }

        private Error? Check(DataChangeRequest? request, ExpectedVersion version)
        {
            if (request is null) return Error.NotFound("The change request");
            if (db.Expect(request, version) is { } stale) return stale;
            return request.Status != ChangeRequestStatus.Pending
                ? Error.Conflict($"The request was already {request.Status.ToString().ToLowerInvariant()}.") : null;
        }

        private void Decide(DataChangeRequest request, ChangeRequestStatus status, string? note)
        {
            request.Status = status;
            request.DecidedBy = db.Actor.Name;
            request.DecidedAt = db.UtcNow;
            request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }

        private static Error? NoteProblem(string? note) =>
            note?.Trim() is { Length: > MaxNote } n
                ? Error.Invalid("note", $"A decision note is at most {MaxNote:N0} characters ({n.Length:N0} given).")
                : null;
    }
}
