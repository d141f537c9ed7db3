using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Privacy;

// Field engagement's references to an HCP, moved to the surviving record when two records of one person are merged.
// Where the survivor already holds the same row (the same interaction, event or plan), the two are folded into one so
// unique keys hold and nothing is counted twice.

internal sealed class InteractionAttendeeMover : IHcpReferenceMover
{
    public string References => "interaction attendees";
    public IReadOnlyList<string> Columns => ["interaction_attendees.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        // Both records at one interaction: the same person met once, so one attendee row stays.
        await db.InteractionAttendees.Where(a => a.HcpId == duplicateId && db.InteractionAttendees.Any(s => s.HcpId == survivorId
            && s.InteractionId == a.InteractionId)).ExecuteDeleteAsync(ct);
        return await db.InteractionAttendees.Where(a => a.HcpId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.HcpId, survivorId), ct);
    }
}

internal sealed class EventSpeakerMover : IHcpReferenceMover
{
    public string References => "event speakers";
    public IReadOnlyList<string> Columns => ["event_speakers.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.EventSpeakers.Where(s => s.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.HcpId, survivorId), ct);
}

internal sealed class ExternalPaymentMover : IHcpReferenceMover
{
    public string References => "Open Payments links";
    public IReadOnlyList<string> Columns => ["external_payments.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.ExternalPayments.Where(p => p.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(p => p.HcpId, survivorId), ct);
}

/// <summary>Transfers of value are regulatory records (Open Payments): each one moved is audited on its own.</summary>
internal sealed class TransferOfValueMover : IHcpReferenceMover
{
    public string References => "transfers of value";
    public IReadOnlyList<string> Columns => ["transfers_of_value.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        AuditedMove.RunAsync(db, db.TransfersOfValue.Where(t => t.HcpId == duplicateId), t => t.HcpId = survivorId, ct);
}
