using Liaison.Core.Demo;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Microsoft.EntityFrameworkCore;
using static Liaison.Core.Directory.Demo.DemoKolData;

namespace Liaison.Core.Directory.Demo;

// The demo's evidence itself: publications, trials and Part D rows of demo HCPs.
public sealed partial class DemoKol
{
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

    /// <summary>
    /// Congress presentations for the 40 most influential demo KOLs, as an MSL records them from congress programmes: a
    /// few each over the last six years, keynotes rarer than posters. Drawn from their own random stream, so the rest of
    /// the demo stays as it was.
    /// </summary>
    private async Task<int> CongressPresentationsAsync(Random random, CancellationToken ct)
    {
        var top = await db.InfluenceScores.OrderByDescending(s => s.Score).ThenBy(s => s.HcpId).Take(40)
            .Select(s => new { s.HcpId, Specialty = db.Hcps.Where(h => h.Id == s.HcpId).Select(h => h.PrimaryTaxonomyCode).FirstOrDefault() })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(db.UtcNow);
        CongressRole[] roles = [CongressRole.Poster, CongressRole.Poster, CongressRole.Poster, CongressRole.Panel, CongressRole.OralPresentation,
            CongressRole.OralPresentation, CongressRole.SessionChair, CongressRole.Keynote];
        var count = 0;
        foreach (var kol in top)
        {
            if (Areas.FirstOrDefault(a => a.Specialties.Contains(kol.Specialty)) is not { Area: not null } area) continue;
            for (var i = random.Next(0, 5); i > 0; i--, count++)
            {
                var (name, url) = Congresses[area.Area][random.Next(Congresses[area.Area].Length)];
                var on = today.AddDays(-random.Next(20, 6 * 365));
                var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, TalkPatterns[random.Next(TalkPatterns.Length)],
                    area.Topics[random.Next(area.Topics.Length)]);
                db.CongressPresentations.Add(new CongressPresentation
                {
                    Id = Guid.CreateVersion7(), HcpId = kol.HcpId, Congress = $"{name} {on.Year}", PresentedOn = on, Role = roles[random.Next(roles.Length)],
                    Title = char.ToUpperInvariant(title[0]) + title[1..], SourceUrl = url, RecordedBy = $"msl@{DemoUsers.Domain}", RecordedAt = db.UtcNow,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
