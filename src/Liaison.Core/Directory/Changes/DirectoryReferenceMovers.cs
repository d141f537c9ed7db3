using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

// The directory's own references to an HCP. Where the survivor already has the same row (same organisation, same
// evidence, same territory) the duplicate's copy is dropped rather than moved, so unique keys hold.

internal sealed class AffiliationMover : IHcpReferenceMover
{
    public string References => "affiliations";
    public IReadOnlyList<string> Columns => ["hcp_affiliations.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        await db.Affiliations.Where(a => a.HcpId == duplicateId && db.Affiliations.Any(s => s.HcpId == survivorId
            && s.OrganisationId == a.OrganisationId && s.Basis == a.Basis)).ExecuteDeleteAsync(ct);
        return await db.Affiliations.Where(a => a.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(a => a.HcpId, survivorId), ct);
    }
}

internal sealed class EvidenceLinkMover : IHcpReferenceMover
{
    public string References => "evidence links";
    public IReadOnlyList<string> Columns => ["evidence_links.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        await db.EvidenceLinks.Where(l => l.HcpId == duplicateId && db.EvidenceLinks.Any(s => s.HcpId == survivorId
            && s.Kind == l.Kind && s.SourceId == l.SourceId)).ExecuteDeleteAsync(ct);
        return await db.EvidenceLinks.Where(l => l.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(l => l.HcpId, survivorId), ct);
    }
}

internal sealed class CongressPresentationMover : IHcpReferenceMover
{
    public string References => "congress presentations";
    public IReadOnlyList<string> Columns => ["congress_presentations.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.CongressPresentations.Where(p => p.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(p => p.HcpId, survivorId), ct);
}

internal sealed class ConsentMover : IHcpReferenceMover
{
    public string References => "consents";
    public IReadOnlyList<string> Columns => ["consents.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.Consents.Where(c => c.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.HcpId, survivorId), ct);
}

internal sealed class TerritoryAssignmentMover : IHcpReferenceMover
{
    public string References => "territory assignments";
    public IReadOnlyList<string> Columns => ["territory_assignments.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        await db.TerritoryAssignments.Where(a => a.HcpId == duplicateId && db.TerritoryAssignments.Any(s => s.HcpId == survivorId
            && s.TerritoryId == a.TerritoryId)).ExecuteDeleteAsync(ct);
        return await db.TerritoryAssignments.Where(a => a.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(a => a.HcpId, survivorId), ct);
    }
}

internal sealed class PrescribingMover : IHcpReferenceMover
{
    public string References => "prescribing records";
    public IReadOnlyList<string> Columns => ["prescribing_records.hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.PrescribingRecords.Where(r => r.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(r => r.HcpId, survivorId), ct);
}

internal sealed class ChangeRequestMover : IHcpReferenceMover
{
    public string References => "change requests";
    public IReadOnlyList<string> Columns => ["data_change_requests.hcp_id", "data_change_requests.duplicate_hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        await db.DataChangeRequests.Where(r => r.HcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(r => r.HcpId, survivorId), ct)
        + await db.DataChangeRequests.Where(r => r.DuplicateHcpId == duplicateId && r.Status != ChangeRequestStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DuplicateHcpId, survivorId), ct);
}

internal sealed class EarlierMergeMover : IHcpReferenceMover
{
    public string References => "earlier merges";
    public IReadOnlyList<string> Columns => ["hcp_merges.survivor_hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        db.HcpMerges.Where(m => m.SurvivorHcpId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(m => m.SurvivorHcpId, survivorId), ct);
}
