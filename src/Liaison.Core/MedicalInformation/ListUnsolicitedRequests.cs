using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.MedicalInformation;

public sealed record UnsolicitedRequestView(Guid Id, Guid RequesterHcpId, string? RequesterNpi, string RequesterName,
    string Question, Guid ProductId, string Product, bool UnsolicitedAttested, DateTime ReceivedAt, string ReceivedBy, long Version);

public static class ListUnsolicitedRequests
{
    public sealed record Query(Guid? HcpId = null, Guid? ProductId = null);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Paged<UnsolicitedRequestView>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return Error.Forbidden("Unsolicited requests are HCP-level medical records.");
            var q = db.UnsolicitedRequests.AsNoTracking();
            if (query.HcpId is { } hcp) q = q.Where(r => r.RequesterHcpId == hcp);
            if (query.ProductId is { } product) q = q.Where(r => r.ProductId == product);
            return await Project(q.OrderByDescending(r => r.ReceivedAt)).ToPageAsync(page, ct);
        }

        public async Task<Result<UnsolicitedRequestView>> Get(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return Error.Forbidden("Unsolicited requests are HCP-level medical records.");
            return await Project(db.UnsolicitedRequests.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(ct) is { } v
                ? v
                : Error.NotFound("The unsolicited request");
        }

        private IQueryable<UnsolicitedRequestView> Project(IQueryable<UnsolicitedRequest> q) =>
            from r in q
            join h in db.Hcps on r.RequesterHcpId equals h.Id
            join p in db.Products on r.ProductId equals p.Id
            select new UnsolicitedRequestView(r.Id, r.RequesterHcpId, h.Npi, Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), r.Question,
                r.ProductId, p.Name, r.UnsolicitedAttested, r.ReceivedAt, r.ReceivedBy, r.Version);
    }
}
