using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Profile;

/// <summary>An HCP's profile: identity, specialties, addresses, affiliations, and the contributed sections the actor may see.</summary>
public static class GetHcpProfile
{
    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpProfileSection> sections, TaxonomyCodes taxonomy)
    {
        public async Task<Result<HcpProfile>> Handle(Guid id, CancellationToken ct)
        {
            var h = await db.Hcps.AsNoTracking().Where(x => x.Id == id).Select(x => new
            {
                x.Id, x.Npi, x.LastName, x.FirstName, x.MiddleName, x.NamePrefix, x.NameSuffix, x.Credentials, x.Sex,
                x.EnumeratedOn, x.RegistryUpdatedOn, x.DeactivatedOn, x.ReactivatedOn, x.Source, x.ErasedAt, x.Pseudonym, x.Version,
            }).FirstOrDefaultAsync(ct);
            if (h is null) return Error.NotFound("The HCP");
            var taxonomies = await db.HcpTaxonomies.AsNoTracking().Where(t => t.HcpId == id).OrderByDescending(t => t.IsPrimary)
                .ThenBy(t => t.Ordinal).Select(t => new { t.Code, t.IsPrimary, t.LicenseNumber, t.LicenseState }).ToListAsync(ct);
            // The kind is stored as its name: ordered here, the primary practice location first, then the mailing address,
            // then the secondary practice locations (by place, the same on every engine).
            var addresses = (await db.HcpAddresses.AsNoTracking().Where(a => a.HcpId == id).ToListAsync(ct))
                .OrderBy(a => a.Kind).ThenBy(a => a.State, StringComparer.Ordinal).ThenBy(a => a.City, StringComparer.Ordinal)
                .ThenBy(a => a.Line1, StringComparer.Ordinal).ThenBy(a => a.Line2, StringComparer.Ordinal)
                .Select(a => new HcpProfile.AddressView(a.Kind.ToString(), a.Line1, a.Line2, a.City, a.State, a.PostalCode, a.Country,
                    a.Phone, a.Fax, a.Latitude, a.Longitude)).ToList();
            var affiliations = await db.Affiliations.AsNoTracking().Where(a => a.HcpId == id)
                .Select(a => new
                {
                    a.OrganisationId, a.Organisation!.Name, a.Organisation.Kind, a.Role, a.Basis,
                    Place = a.Organisation.Addresses.Where(x => x.Kind == AddressKind.Practice).Select(x => new { x.City, x.State }).FirstOrDefault(),
                }).ToListAsync(ct);

            var codes = await taxonomy.CurrentAsync(db, ct);
            var actor = db.Actor;
            var medical = Roles.Medical.Any(actor.IsIn);
            var visible = new List<HcpProfile.SectionView>();
            foreach (var section in sections.Where(s => medical || !s.IsMedical).OrderBy(s => s.Order))
                visible.Add(new(section.Key, section.Title, await section.LoadAsync(id, actor, ct)));

            var name = h.Pseudonym ?? string.Join(' ', new[] { h.NamePrefix, h.FirstName, h.MiddleName, h.LastName, h.NameSuffix }
                .Where(n => !string.IsNullOrEmpty(n)));
            if (name.Length == 0) name = Hcp.Unnamed(h.Npi);
            return new HcpProfile(h.Id, h.Npi, name, h.LastName, h.FirstName, h.MiddleName, h.NamePrefix, h.NameSuffix, h.Credentials,
                h.Sex.ToString(), h.DeactivatedOn is null || (h.ReactivatedOn is { } r && r >= h.DeactivatedOn), h.EnumeratedOn,
                h.RegistryUpdatedOn, h.DeactivatedOn, h.ReactivatedOn, h.Source.ToString(), h.ErasedAt is not null,
                taxonomies.Select(t =>
                {
                    var code = codes.Find(t.Code);
                    return new HcpProfile.SpecialtyView(t.Code, code?.Specialty ?? t.Code, code?.Classification, code?.Grouping,
                        t.IsPrimary, t.LicenseNumber, t.LicenseState);
                }).ToList(),
                addresses,
                affiliations.Select(a => new HcpProfile.AffiliationView(a.OrganisationId, a.Name, a.Kind.ToString(), a.Role,
                    a.Basis.ToString(), a.Place?.City, a.Place?.State)).OrderBy(a => a.Organisation, StringComparer.Ordinal).ToList(),
                visible, h.Version);
        }
    }
}
