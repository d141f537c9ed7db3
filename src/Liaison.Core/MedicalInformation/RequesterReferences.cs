using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.MedicalInformation;

/// <summary>
/// Unsolicited requests on a merge: each request is the documented licence for off-label material, so each move is
/// audited on the request itself.
/// </summary>
internal sealed class UnsolicitedRequestMover : IHcpReferenceMover
{
    public string References => "unsolicited requests";
    public IReadOnlyList<string> Columns => ["unsolicited_requests.requester_hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        AuditedMove.RunAsync(db, db.UnsolicitedRequests.Where(r => r.RequesterHcpId == duplicateId), r => r.RequesterHcpId = survivorId, ct);
}

/// <summary>
/// The person's unsolicited requests in a data-subject export, and what erasure does to them: nothing. A request is the
/// documented proof that an HCP asked unprompted, which is what made sharing off-label material lawful (PRODUCT.md
/// §3.3); the company must be able to show it for as long as it keeps the interaction that relied on it. So the request,
/// its question and its link stay, pointing at the record that erasure pseudonymises (a legal obligation outweighs
/// erasure, GDPR art. 17(3)(b)).
/// </summary>
internal sealed class UnsolicitedRequestPersonalData : IHcpPersonalData
{
    public string Section => "unsolicitedRequests";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.UnsolicitedRequests.Where(r => r.RequesterHcpId == hcpId).Select(r => r.Id).ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.UnsolicitedRequests.AsNoTracking().Where(r => r.RequesterHcpId == hcpId).OrderBy(r => r.ReceivedAt)
            .Select(r => new
            {
                r.Id, r.Question, product = db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).FirstOrDefault(),
                r.UnsolicitedAttested, r.ReceivedAt, r.ReceivedBy,
            })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => Task.FromResult(0);
}
