using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Safety.Detection;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

public static class GetInteraction
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<InteractionView>> Handle(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var i = await db.Interactions.AsNoTracking().VisibleTo(db, db.Actor).Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Id, x.Kind, x.Channel, x.OccurredAt, x.DurationMinutes, x.Place, x.OwnerId, x.Shared, x.Notes, x.Topics,
                    x.UnsolicitedRequestId, x.EventId, x.Status, x.SignedAt, x.SignedBy, x.AmendmentCount, x.CreatedAt,
                    x.UpdatedAt, x.Version,
                    Owner = db.Users.Where(u => u.Id == x.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(ct);
            if (i is null) return Error.NotFound("The interaction");

            var hcps = await db.InteractionAttendees.AsNoTracking().Where(a => a.InteractionId == id && a.HcpId != null)
                .Join(db.Hcps, a => a.HcpId, h => h.Id, (a, h) => new AttendeeView(h.Id, h.Npi, null,
                    Hcp.NameOf(h.Pseudonym, h.NamePrefix, h.FirstName, h.LastName, h.Npi), h.Credentials))
                .ToListAsync(ct);
            var advocates = await db.InteractionAttendees.AsNoTracking().Where(a => a.InteractionId == id && a.AdvocateId != null)
                .Join(db.PatientAdvocates, a => a.AdvocateId, p => p.Id, (a, p) => new AttendeeView(null, null, p.Id, p.Name, p.Organisation))
                .ToListAsync(ct);
            var products = await db.InteractionProducts.AsNoTracking().Where(p => p.InteractionId == id)
                .Join(db.Products, ip => ip.ProductId, p => p.Id, (ip, p) => new NamedRef(p.Id, p.Name)).ToListAsync(ct);
            var materials = await db.InteractionMaterials.AsNoTracking().Where(m => m.InteractionId == id)
                .Join(db.ContentItems, m => m.ContentItemId, c => c.Id,
                    (m, c) => new MaterialView(c.Id, c.Title, c.VersionLabel, m.OffLabel, m.Certification)).ToListAsync(ct);
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.InteractionId == id).OrderBy(f => f.DueOn)
                .Select(f => new FollowUpView(f.Id, f.Description, f.DueOn, f.CompletedAt)).ToListAsync(ct);
            var intakes = await db.AdverseEventIntakes.AsNoTracking().Where(x => x.InteractionId == id).Select(x => x.Id)
                .ToListAsync(ct);

            return new InteractionView(i.Id, i.Kind, i.Channel, i.OccurredAt, i.DurationMinutes, i.Place, i.OwnerId,
                i.Owner ?? "(former user)", i.Shared, i.Notes, i.Topics, i.UnsolicitedRequestId, i.EventId, i.Status, i.SignedAt,
                i.SignedBy, i.AmendmentCount, i.CreatedAt, i.UpdatedAt, i.Version,
                [.. hcps.OrderBy(h => h.Name), .. advocates.OrderBy(a => a.Name)], products.OrderBy(p => p.Name).ToList(),
                materials.OrderBy(m => m.Title).ToList(), followUps, AdverseEventLanguage.Detect(i.Notes), intakes);
        }
    }
}
