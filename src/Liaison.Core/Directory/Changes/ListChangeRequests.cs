using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

public static class ListChangeRequests
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Paged<ChangeRequestView>> Handle(ChangeRequestStatus? status, Guid? hcpId, PageRequest page, CancellationToken ct)
        {
            var q = db.DataChangeRequests.AsNoTracking();
            if (status is { } s) q = q.Where(r => r.Status == s);
            if (hcpId is { } h) q = q.Where(r => r.HcpId == h || r.DuplicateHcpId == h);
            var rows = await Project(q.OrderByDescending(r => r.ProposedAt)).ToPageAsync(page, ct);
            return new Paged<ChangeRequestView>(rows.Items.Select(View).ToList(), rows.Total, rows.Page, rows.PageSize);
        }

        public async Task<Result<ChangeRequestView>> Get(Guid id, CancellationToken ct) =>
            await Project(db.DataChangeRequests.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(ct) is { } row
                ? View(row) : Error.NotFound("The change request");

        private IQueryable<Row> Project(IQueryable<DataChangeRequest> q) => q.Select(r => new Row(r,
            db.Hcps.Where(h => h.Id == r.HcpId).Select(h => Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)).FirstOrDefault(),
            db.Hcps.Where(h => h.Id == r.DuplicateHcpId).Select(h => Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)).FirstOrDefault(),
            db.Users.Where(u => u.Id == r.ProposedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            db.Users.Where(u => u.UserName == r.DecidedBy).Select(u => u.DisplayName).FirstOrDefault()));

        private static ChangeRequestView View(Row row)
        {
            var r = row.Request;
            return new ChangeRequestView(r.Id, r.Kind, r.HcpId, row.HcpName, r.DuplicateHcpId, row.DuplicateName,
                r.ProposedValues is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(r.ProposedValues), r.Reason,
                r.Status, r.ProposedBy, r.ProposedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote, r.Version,
                Named(row.ProposedByName, r.ProposedBy), r.DecidedBy is null ? null : Named(row.DecidedByName, r.DecidedBy));
        }

        private static string Named(string? displayName, string signInName) => string.IsNullOrWhiteSpace(displayName) ? signInName : displayName;

        public sealed record Row(DataChangeRequest Request, string? HcpName, string? DuplicateName, string? ProposedByName, string? DecidedByName);
    }
}
