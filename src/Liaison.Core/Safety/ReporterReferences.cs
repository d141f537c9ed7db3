using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Safety;

/// <summary>
/// Adverse-event intakes on a merge: the reporter link moves to the surviving record, and each safety record carries its
/// own audit entry of the change (nothing about a case is lost).
/// </summary>
internal sealed class AdverseEventIntakeMover : IHcpReferenceMover
{
    public string References => "adverse-event intakes";
    public IReadOnlyList<string> Columns => ["adverse_event_intakes.reporter_hcp_id"];

    public Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct) =>
        AuditedMove.RunAsync(db, db.AdverseEventIntakes.Where(i => i.ReporterHcpId == duplicateId), i => i.ReporterHcpId = survivorId, ct);
}

/// <summary>
/// The intakes the person reported, in a data-subject export. Erasure leaves them intact and linked: pharmacovigilance
/// law requires a company to keep every adverse-event report and its reporter's identity for follow-up (PRODUCT.md §3.4:
/// nothing about a safety case is ever deleted), an obligation that outweighs erasure (GDPR art. 17(3)(b)–(c)).
/// The link points at the HCP record, which erasure pseudonymises but keeps.
/// </summary>
internal sealed class AdverseEventIntakePersonalData : IHcpPersonalData
{
    public string Section => "adverseEventIntakes";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.AdverseEventIntakes.Where(i => i.ReporterHcpId == hcpId).Select(i => i.Id).ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.AdverseEventIntakes.AsNoTracking().Where(i => i.ReporterHcpId == hcpId).OrderBy(i => i.AwareAt)
            .Select(i => new { i.Id, i.Kind, i.Description, i.AwareAt, i.ForwardBy, i.Status, i.RaisedBy, i.InteractionId })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => Task.FromResult(0);
}
