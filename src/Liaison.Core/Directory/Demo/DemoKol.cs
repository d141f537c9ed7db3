using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Directory.Territories;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using static Liaison.Core.Directory.Demo.DemoKolData;

namespace Liaison.Core.Directory.Demo;

/// <summary>
/// The demo company's KOL layer over the demo directory: ~600 fictional publications and 40 trials whose authors and
/// investigators are demo HCPs (a core of prolific KOLs per therapeutic area), Part D prescribing of the company's and
/// comparator drugs, linked and scored; territories for the two demo MSLs; consents; one pending change request.
/// Deterministic from the seed; PMIDs 99xxxxxx and NCT099xxxxx are fictional.
/// </summary>
public sealed partial class DemoKol(LiaisonDbContext db, LinkEvidence.Handler links, RecomputeInfluence.Handler influence) : IDemoContribution
{
    public int Order => 30;
    public string Name => "kol";

    private sealed record Person(Guid Id, string Npi, string Last, string First, string? Specialty, string? City, string? State, string? Zip, string? Organisation);

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        if (await db.Publications.AnyAsync(p => p.Pmid.StartsWith("99"), ct)) return;
        var random = context.RandomFor(Name);
        var people = (await db.Hcps.AsNoTracking().Where(h => h.Source == DirectorySource.Demo && h.Npi != null).OrderBy(h => h.Npi)
            .Select(h => new
            {
                h.Id, h.Npi, h.LastName, h.FirstName, h.PrimaryTaxonomyCode,
                Place = h.Addresses.Where(a => a.Kind == AddressKind.Practice).Select(a => new { a.City, a.State, a.PostalCode }).FirstOrDefault(),
                Organisation = h.Affiliations.OrderBy(a => a.OrganisationId).Select(a => a.Organisation!.Name).FirstOrDefault(),
            }).ToListAsync(ct))
            .Select(h => new Person(h.Id, h.Npi!, h.LastName, h.FirstName, h.PrimaryTaxonomyCode, h.Place?.City, h.Place?.State,
                h.Place?.PostalCode, h.Organisation)).ToList();
        if (people.Count == 0) return;

        var pmid = 99_000_001;
        var nct = 99_000_001;
        foreach (var (area, n) in Areas.Select((a, n) => (a, n)))
        {
            var pool = people.Where(p => area.Specialties.Contains(p.Specialty)).ToList();
            if (pool.Count < 10) continue;
            // A few prolific KOLs per area: Zipf-like weights over a shuffled pool make a realistic long tail.
            var ranked = WithTerritoryLeaders(pool.OrderBy(_ => random.Next()).ToList(), n);
            Person Pick() => ranked[(int)Math.Min(ranked.Count - 1, Math.Floor(Math.Pow(random.NextDouble(), 3) * ranked.Count))];
            for (var i = 0; i < 200; i++) db.Publications.Add(Publication(pmid++, area, Pick, random));
            for (var i = 0; i < 13; i++) db.ClinicalTrials.Add(Trial(nct++, area, Pick, random));
            foreach (var p in ranked.Take(pool.Count / 2)) AddPrescribing(p, area.Drugs, random);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await links.UnlinkedAsync(ct);
        await ReviewSomeAsync(random, ct);
        await influence.Handle(ct);
        var talks = await CongressPresentationsAsync(context.RandomFor("kol-congresses"), ct);
        await influence.Handle(ct);
        await TerritoriesAsync(people, ct);
        await ConsentsAndRequestAsync(people, random, ct);
        context.Report($"kol: {pmid - 99_000_001} publications, {nct - 99_000_001} trials, {talks} congress presentations, scores and tiers, 2 territories");
    }

    /// <summary>Some links reviewed as an MSL would: a few confirmed from the queue, one rejected.</summary>
    private async Task ReviewSomeAsync(Random random, CancellationToken ct)
    {
        var queue = await db.EvidenceLinks.Where(l => l.Status == LinkStatus.Suggested && l.Confidence < EvidenceLink.HighConfidence)
            .OrderBy(l => l.Id).Take(12).ToListAsync(ct);
        foreach (var (link, i) in queue.Select((l, i) => (l, i)))
        {
            if (i % 3 == 2) continue; // leave some for the review page
            link.Status = i == 0 ? LinkStatus.Rejected : LinkStatus.Confirmed;
            link.ReviewedBy = $"msl@{DemoUsers.Domain}";
            link.ReviewedAt = db.UtcNow.AddDays(-random.Next(1, 30));
        }
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] NortheastStates = ["MA", "NY", "PA", "MD"], SouthStates = ["GA", "FL", "TN", "NC", "TX"];

    /// <summary>
    /// The shuffled pool with one of each MSL's territory first, taking turns by area: the Zipf weights make the first
    /// two the area's most prolific authors, so each MSL's dashboard has leading KOLs of her own (T1 and T2) to show.
    /// </summary>
    private static List<Person> WithTerritoryLeaders(List<Person> shuffled, int area)
    {
        string[][] territories = area % 2 == 0 ? [NortheastStates, SouthStates] : [SouthStates, NortheastStates];
        var leaders = territories.Select(states => shuffled.FirstOrDefault(p => states.Contains(p.State))).OfType<Person>().ToList();
        return [.. leaders, .. shuffled.Except(leaders)];
    }

    private async Task TerritoriesAsync(List<Person> people, CancellationToken ct)
    {
        var msl = await db.Users.Where(u => u.Email == $"msl@{DemoUsers.Domain}").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var msl2 = await db.Users.Where(u => u.Email == $"msl2@{DemoUsers.Domain}").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var northeast = Territory("Northeast", "Boston to Baltimore academic centres.", msl, NortheastStates);
        var south = Territory("South and Texas", "Atlanta, Miami, Nashville, Durham, Houston and Dallas.", msl2, SouthStates);
        db.Territories.AddRange(northeast, south);
        // Two KOLs outside the rules whom the Northeast MSL looks after by agreement.
        foreach (var p in people.Where(p => p.State is "IL" or "OH").Take(2))
            db.TerritoryAssignments.Add(new TerritoryAssignment
            {
                Id = Guid.CreateVersion7(), TerritoryId = northeast.Id, HcpId = p.Id, AssignedBy = $"manager@{DemoUsers.Domain}", AssignedAt = db.UtcNow,
            });
        await db.SaveChangesAsync(ct);
    }

    private Territory Territory(string name, string description, string? owner, string[] states)
    {
        var t = new Territory { Id = Guid.CreateVersion7(), Name = name, Description = description, OwnerUserId = owner, CreatedAt = db.UtcNow };
        foreach (var s in states) t.Rules.Add(new TerritoryRule { Id = Guid.CreateVersion7(), TerritoryId = t.Id, Kind = TerritoryRuleKind.State, Value = s });
        return t;
    }

    private async Task ConsentsAndRequestAsync(List<Person> people, Random random, CancellationToken ct)
    {
        var top = await db.InfluenceScores.OrderByDescending(s => s.Score).Take(30).Select(s => s.HcpId).ToListAsync(ct);
        string[] sources = ["signed form", "web form", "verbal at visit"];
        var today = DateOnly.FromDateTime(db.UtcNow);
        foreach (var (hcp, i) in top.Select((h, i) => (h, i)))
        {
            db.Consents.Add(new Consent
            {
                Id = Guid.CreateVersion7(), HcpId = hcp, Channel = ConsentChannel.Visit, Purpose = ConsentPurpose.ScientificExchange,
                Source = sources[i % 3], GivenOn = today.AddDays(-random.Next(30, 700)), RecordedBy = $"msl@{DemoUsers.Domain}", RecordedAt = db.UtcNow,
            });
            if (i % 2 == 0)
                db.Consents.Add(new Consent
                {
                    Id = Guid.CreateVersion7(), HcpId = hcp, Channel = ConsentChannel.Email, Purpose = ConsentPurpose.EventInvitations,
                    Source = "web form", GivenOn = today.AddDays(-random.Next(30, 700)), ExpiresOn = today.AddDays(random.Next(30, 365)),
                    WithdrawnOn = i % 10 == 0 ? today.AddDays(-7) : null, WithdrawalNote = i % 10 == 0 ? "Asked to stop event mail." : null,
                    RecordedBy = $"msl2@{DemoUsers.Domain}", RecordedAt = db.UtcNow,
                });
        }
        var target = people.First(p => top.Count == 0 || p.Id == top[0]);
        db.DataChangeRequests.Add(new DataChangeRequest
        {
            Id = Guid.CreateVersion7(), Kind = ChangeRequestKind.Correction, HcpId = target.Id,
            ProposedValues = $$"""{"Credentials":"MD, PhD, FACC"}""", Reason = "Completed a PhD; new credentials on the business card given at the last visit.",
            Status = ChangeRequestStatus.Pending, ProposedBy = $"msl@{DemoUsers.Domain}", ProposedAt = db.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Title(string s) => s.Length <= 1 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();
}
