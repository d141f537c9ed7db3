using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Identity;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>What an interaction form offers to pick from, and turning typed NPIs into directory HCPs.</summary>
public static class InteractionChoices
{
    public sealed record Material(Guid Id, string Title, string VersionLabel, string Product, ApprovalStatus Status, DateOnly? ExpiresOn,
        bool OffLabel)
    {
        public bool Expired(DateOnly today) => ExpiresOn is { } e && e < today;
    }

    public sealed record Request(Guid Id, string Requester, string? Npi, string Product, DateTime ReceivedAt, string Question);

    public sealed record Choices(IReadOnlyList<NamedRef> Products, IReadOnlyList<NamedRef> Advocates, IReadOnlyList<Material> Materials,
        IReadOnlyList<Request> Requests);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Choices> Handle(CancellationToken ct)
        {
            var products = await db.Products.AsNoTracking().Where(p => p.ArchivedAt == null).OrderBy(p => p.Name)
                .Select(p => new NamedRef(p.Id, p.Name)).ToListAsync(ct);
            var advocates = await db.PatientAdvocates.AsNoTracking().OrderBy(a => a.Organisation).ThenBy(a => a.Name)
                .Select(a => new NamedRef(a.Id, a.Name + " (" + a.Organisation + ")")).ToListAsync(ct);
            var materials = await db.ContentItems.AsNoTracking().Where(c => c.Status != ApprovalStatus.Withdrawn)
                .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new Material(c.Id, c.Title, c.VersionLabel, p.Name, c.Status,
                    c.ExpiresOn, c.OffLabel))
                .ToListAsync(ct);
            var requests = db.Actor.IsMedical()
                ? await db.UnsolicitedRequests.AsNoTracking().OrderByDescending(r => r.ReceivedAt).Take(100)
                    .Join(db.Hcps, r => r.RequesterHcpId, h => h.Id, (r, h) => new { r, h })
                    .Join(db.Products, x => x.r.ProductId, p => p.Id, (x, p) => new Request(x.r.Id, Hcp.NameOf(x.h.Pseudonym, null, x.h.FirstName, x.h.LastName, x.h.Npi),
                        x.h.Npi, p.Name, x.r.ReceivedAt, x.r.Question))
                    .ToListAsync(ct)
                : [];
            return new Choices(products, advocates, materials.OrderBy(m => m.Title).ToList(), requests);
        }

        /// <summary>The HCPs with these NPIs (any separator), or which NPI is not in the directory.</summary>
        public async Task<Result<List<Guid>>> HcpsByNpi(string? npis, CancellationToken ct)
        {
            var wanted = (npis ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
            // Every NPI that cannot be taken is named at once: a typo (a failed check digit) apart from one not held.
            var malformed = wanted.Where(n => n.Length != 10 || !n.All(char.IsAsciiDigit)).Select(n => $"“{n}” is not an NPI (10 digits).")
                .Concat(wanted.Where(n => n.Length == 10 && n.All(char.IsAsciiDigit) && Npi.Problem(n) is not null)
                    .Select(n => $"{n} is not a valid NPI: its check digit is wrong (a typo?)."))
                .ToList();
            if (malformed.Count > 0) return Error.Invalid("Npis", string.Join(" ", malformed));
            var found = await db.Hcps.AsNoTracking().Where(h => h.Npi != null && wanted.Contains(h.Npi))
                .Select(h => new { h.Id, h.Npi }).ToListAsync(ct);
            var missing = wanted.Where(n => found.All(f => f.Npi != n)).ToList();
            if (missing.Count > 0)
                return Error.Invalid("Npis", missing.Count == 1 ? $"NPI {missing[0]} is not in the directory."
                    : $"NPIs {string.Join(", ", missing)} are not in the directory.");
            return wanted.Select(n => found.First(f => f.Npi == n).Id).ToList();
        }
    }
}
