using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Privacy;

// The KOL capability's personal data about an HCP, for export and erasure. None of it is a regulatory record.

internal sealed class EvidencePersonalData : IHcpPersonalData
{
    public string Section => "evidence";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => new
    {
        publications = await (from l in db.EvidenceLinks where l.HcpId == hcpId && l.Kind == EvidenceKind.Authorship
            join a in db.PublicationAuthors on l.SourceId equals a.Id join p in db.Publications on a.PublicationId equals p.Id
            orderby p.PublishedOn descending
            select new { p.Pmid, p.Title, p.Journal, p.PublishedOn, a.Position, p.AuthorCount, a.Affiliation, l.Status, l.Confidence, l.Basis, l.ReviewedBy })
            .ToListAsync(ct),
        trials = await (from l in db.EvidenceLinks where l.HcpId == hcpId && l.Kind == EvidenceKind.Investigator
            join i in db.TrialInvestigators on l.SourceId equals i.Id join t in db.ClinicalTrials on i.TrialId equals t.Id
            orderby t.NctId
            select new { t.NctId, t.Title, t.OverallStatus, i.Name, i.Role, i.Affiliation, l.Status, l.Confidence, l.Basis, l.ReviewedBy })
            .ToListAsync(ct),
        congressPresentations = await db.CongressPresentations.AsNoTracking().Where(p => p.HcpId == hcpId).OrderBy(p => p.PresentedOn)
            .Select(p => new { p.Congress, p.PresentedOn, p.Role, p.Title, p.SourceUrl, p.RecordedBy, p.RecordedAt })
            .ToListAsync(ct),
    };

    public async Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.EvidenceLinks.Where(l => l.HcpId == hcpId).ExecuteDeleteAsync(ct)
        + await db.CongressPresentations.Where(p => p.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

internal sealed class PrescribingPersonalData : IHcpPersonalData
{
    public string Section => "prescribing";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await PrescribingQueries.ByHcpAsync(db, hcpId, null, ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.PrescribingRecords.Where(r => r.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

internal sealed class InfluencePersonalData : IHcpPersonalData
{
    public string Section => "influence";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.InfluenceScores.AsNoTracking().FirstOrDefaultAsync(s => s.HcpId == hcpId, ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.InfluenceScores.Where(s => s.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

internal sealed class TerritoryPersonalData : IHcpPersonalData
{
    public string Section => "territoryAssignments";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.TerritoryAssignments.AsNoTracking().Where(a => a.HcpId == hcpId)
            .Select(a => new { territory = db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Name).FirstOrDefault(), a.AssignedBy, a.AssignedAt })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.TerritoryAssignments.Where(a => a.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

internal sealed class ConsentPersonalData : IHcpPersonalData
{
    public string Section => "consents";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.Consents.AsNoTracking().Where(c => c.HcpId == hcpId).OrderBy(c => c.GivenOn)
            .Select(c => new { c.Channel, c.Purpose, c.Source, c.GivenOn, c.ExpiresOn, c.WithdrawnOn, c.WithdrawalNote, c.RecordedBy, c.RecordedAt })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.Consents.Where(c => c.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

internal sealed class ChangeRequestPersonalData : IHcpPersonalData
{
    public string Section => "changeRequests";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.DataChangeRequests.AsNoTracking().Where(r => r.HcpId == hcpId || r.DuplicateHcpId == hcpId).OrderBy(r => r.ProposedAt)
            .Select(r => new { r.Kind, r.ProposedValues, r.Reason, r.Status, r.ProposedBy, r.ProposedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote })
            .ToListAsync(ct);

    /// <summary>The requests stay as a record of decisions; the proposed values (names) go, and open ones are closed.</summary>
    public async Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.DataChangeRequests.Where(r => (r.HcpId == hcpId || r.DuplicateHcpId == hcpId) && r.Status == ChangeRequestStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ChangeRequestStatus.Rejected).SetProperty(r => r.DecisionNote, "Closed: the person was erased.")
                .SetProperty(r => r.DecidedAt, db.UtcNow), ct)
        + await db.DataChangeRequests.Where(r => (r.HcpId == hcpId || r.DuplicateHcpId == hcpId) && r.ProposedValues != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProposedValues, (string?)null), ct);
}
