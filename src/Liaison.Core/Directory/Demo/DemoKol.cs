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
public sealed class DemoKol(LiaisonDbContext db, LinkEvidence.Handler links, RecomputeInfluence.Handler influence) : IDemoContribution
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
        foreach (var area in Areas)
        {
            var pool = people.Where(p => area.Specialties.Contains(p.Specialty)).ToList();
            if (pool.Count < 10) continue;
            // A few prolific KOLs per area: Zipf-like weights over a shuffled pool make a realistic long tail.
            var ranked = pool.OrderBy(_ => random.Next()).ToList();
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
        await TerritoriesAsync(people, ct);
        await ConsentsAndRequestAsync(people, random, ct);
        context.Report($"kol: {pmid - 99_000_001} publications, {nct - 99_000_001} trials, scores and tiers, 2 territories");
    }

    private Publication Publication(int pmid, (string Area, string[] Specialties, string[] Journals, string[] Topics, string[] Drugs) area,
        Func<Person> pick, Random random)
    {
        var date = new DateOnly(2013, 1, 1).AddDays(random.Next(0, 13 * 365));
        var p = new Publication
        {
            Id = Guid.CreateVersion7(), Pmid = pmid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = string.Format(System.Globalization.CultureInfo.InvariantCulture, TitlePatterns[random.Next(TitlePatterns.Length)],
                area.Topics[random.Next(area.Topics.Length)]),
            Journal = area.Journals[random.Next(area.Journals.Length)], Year = date.Year, PublishedOn = date, CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
        };
        var count = random.Next(3, 9);
        var authors = Enumerable.Range(0, count).Select(_ => pick()).DistinctBy(a => a.Id).ToList();
        var position = 1;
        foreach (var a in authors)
        {
            if (random.NextDouble() < 0.08) // a co-author from outside the directory
                p.Authors.Add(new PublicationAuthor { Id = Guid.CreateVersion7(), Position = position++, LastName = ExternalAuthors[random.Next(ExternalAuthors.Length)], ForeName = "J", Initials = "J" });
            var initialsOnly = random.NextDouble() < 0.12;
            var affiliation = random.NextDouble() < 0.85 && a.Organisation is not null
                ? $"{a.Organisation}, {a.City}, {UsStateNames.NameOf(a.State ?? "") ?? a.State}, USA." : null;
            p.Authors.Add(new PublicationAuthor
            {
                Id = Guid.CreateVersion7(), Position = position++, LastName = Title(a.Last), ForeName = initialsOnly ? a.First[..1] : Title(a.First),
                Initials = a.First[..1], Affiliation = affiliation,
            });
        }
        p.AuthorCount = p.Authors.Count;
        return p;
    }

    private ClinicalTrial Trial(int nct, (string Area, string[] Specialties, string[] Journals, string[] Topics, string[] Drugs) area, Func<Person> pick, Random random)
    {
        var start = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 10 * 365));
        string[] statuses = ["COMPLETED", "RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED", "TERMINATED"];
        var t = new ClinicalTrial
        {
            Id = Guid.CreateVersion7(), NctId = $"NCT{nct:D8}"[..11], Title = $"A study of {area.Topics[random.Next(area.Topics.Length)]}",
            OverallStatus = statuses[random.Next(statuses.Length)], Phases = random.NextDouble() < 0.5 ? "PHASE3" : "PHASE2", StudyType = "INTERVENTIONAL",
            LeadSponsor = "Liaison Demo Pharma", Conditions = area.Topics[random.Next(area.Topics.Length)], StartedOn = start,
            CompletedOn = start.AddYears(3), CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
        };
        var lead = pick();
        t.Investigators.Add(Investigator(1, lead, TrialRole.PrincipalInvestigator, true));
        var ordinal = 2;
        foreach (var site in Enumerable.Range(0, random.Next(2, 5)).Select(_ => pick()).Where(s => s.Id != lead.Id).DistinctBy(s => s.Id))
            t.Investigators.Add(Investigator(ordinal++, site, random.NextDouble() < 0.7 ? TrialRole.PrincipalInvestigator : TrialRole.SubInvestigator, false));
        return t;
    }

    private static TrialInvestigator Investigator(int ordinal, Person p, TrialRole role, bool official) => new()
    {
        Id = Guid.CreateVersion7(), Ordinal = ordinal, Name = $"{Title(p.First)} {Title(p.Last)}, MD", LastName = Title(p.Last), FirstName = Title(p.First),
        Role = role, IsOverallOfficial = official, Affiliation = p.Organisation, City = official ? null : p.City,
        State = official ? null : UsStateNames.NameOf(p.State ?? ""), Zip = official ? null : p.Zip, Country = "United States",
    };

    private void AddPrescribing(Person p, string[] drugs, Random random)
    {
        foreach (var drug in drugs.Where(_ => random.NextDouble() < 0.6))
        {
            var parts = drug.Split('|');
            var claims = (int)Math.Round(11 + Math.Pow(random.NextDouble(), 2) * 3000);
            foreach (var year in new[] { 2022, 2023 })
            {
                var c = year == 2023 ? (int)(claims * (0.8 + random.NextDouble() * 0.5)) + 11 : claims;
                var benes = c / 4 < 11 ? (int?)null : c / 4;
                db.PrescribingRecords.Add(new PrescribingRecord
                {
                    Id = Guid.CreateVersion7(), Npi = p.Npi, HcpId = p.Id, Year = year, BrandName = parts[0], GenericName = parts[1],
                    PrescriberLastName = Title(p.Last), PrescriberFirstName = Title(p.First), City = p.City, State = p.State,
                    TotalClaims = c, Total30DayFills = c * 1.1m, TotalDaySupply = c * 30, TotalDrugCost = c * 412.35m, TotalBeneficiaries = benes,
                    Ge65SuppressionFlag = c < 40 ? "*" : null, Ge65TotalClaims = c < 40 ? null : c * 6 / 10,
                    Ge65BeneficiarySuppressionFlag = benes is null or < 30 ? "*" : null, Ge65TotalBeneficiaries = benes is null or < 30 ? null : benes * 6 / 10,
                });
            }
        }
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

    private async Task TerritoriesAsync(List<Person> people, CancellationToken ct)
    {
        var msl = await db.Users.Where(u => u.Email == $"msl@{DemoUsers.Domain}").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var msl2 = await db.Users.Where(u => u.Email == $"msl2@{DemoUsers.Domain}").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var northeast = Territory("Northeast", "Boston to Baltimore academic centres.", msl, ["MA", "NY", "PA", "MD"]);
        var south = Territory("South and Texas", "Atlanta, Miami, Nashville, Durham, Houston and Dallas.", msl2, ["GA", "FL", "TN", "NC", "TX"]);
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
