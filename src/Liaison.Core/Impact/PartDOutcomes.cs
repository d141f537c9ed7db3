using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Impact.Engine;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// Part D prescribing as an outcome dataset (<c>liaison import outcomes --part-d DRUG</c>), from the Part D rows the
/// workspace already holds (<c>liaison import partd FILE</c>): one subject per prescriber NPI, the drug matched on its
/// brand or generic name (case-insensitive; several brands of one generic are summed).
/// <para>
/// CMS publishes claims per prescriber and <b>year</b>; the engine works in months. Each year's claims are spread
/// evenly over its twelve months as whole numbers (month m gets ⌊(m+1)·C/12⌋ − ⌊m·C/12⌋, so the year's total is
/// exact and no month is favoured), exposure 1 per prescriber-month. So months within a year are not observations:
/// choose a start month in January and windows in whole years, and read the event study by year.
/// </para>
/// <para>
/// A year without a row is left out, not zero: CMS drops prescriber-drug-years under 11 claims, so "no row" means
/// "fewer than 11 or none", which is unknown. Covariates from each prescriber's latest row: <c>state</c> and
/// <c>prescriber_type</c> (categorical), for matching.
/// </para>
/// </summary>
public static class PartDOutcomes
{
    public sealed record Command(string Dataset, string Drug, string? Description = null);

    public sealed class Handler(LiaisonDbContext db, ImportOutcomes.Handler import)
    {
        public async Task<Result<ImportOutcomes.Report>> Handle(Command command, CancellationToken ct)
        {
            var drug = command.Drug.Trim();
            if (drug.Length == 0) return Error.Invalid(nameof(command.Drug), "Name the drug (brand or generic name) whose prescribing is the outcome.");
            var key = PrescribingRecord.DrugKey(drug);
            var matching = db.PrescribingRecords.AsNoTracking().Where(r => r.BrandKey == key || r.GenericKey == key);
            // Read before writing: the import writes on the same connection, which cannot stream a query meanwhile.
            var yearly = await matching.GroupBy(r => new { r.Npi, r.Year })
                .Select(g => new { g.Key.Npi, g.Key.Year, Claims = g.Sum(r => r.TotalClaims) })
                .OrderBy(x => x.Npi).ThenBy(x => x.Year).ToListAsync(ct);
            if (yearly.Count == 0)
                return Error.Invalid(nameof(command.Drug), $"The workspace has no Part D prescribing of '{drug}' (by brand or generic name): " +
                    "import a Part D Prescribers by Provider and Drug file first (liaison import partd FILE).");
            var latest = await matching.Select(r => new { r.Npi, r.Year, r.State, r.PrescriberType }).ToListAsync(ct);
            var profile = latest.GroupBy(r => r.Npi).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Year)!, StringComparer.Ordinal);
            var subjects = profile.Keys.Order(StringComparer.Ordinal).ToList();
            var covariates = new CovariateTable(subjects,
            [
                CovariateColumn.From("state", subjects.Select(s => profile[s].State ?? "").ToList(), forceCategorical: true),
                CovariateColumn.From("prescriber_type", subjects.Select(s => profile[s].PrescriberType ?? "").ToList(), forceCategorical: true),
            ]);
            var rows = yearly.SelectMany(y => Spread(y.Claims).Select((events, m) => new OutcomeRow(y.Npi, y.Year * 12 + m, events, 1)));
            return await import.ImportAsync(new ImportOutcomes.Command(command.Dataset, OutcomeKind.Prescribing, "part-d",
                    command.Description ?? $"Medicare Part D claims of {drug} per prescriber-month (yearly claims spread evenly over the months)."),
                rows, covariates, () => (0L, Array.Empty<InputProblem>()), ct);
        }
    }

    /// <summary>A year's claims as twelve whole monthly counts that add up to it, spread as evenly as whole numbers allow.</summary>
    public static int[] Spread(int claims)
    {
        var months = new int[12];
        for (var m = 0; m < 12; m++) months[m] = (int)((m + 1L) * claims / 12 - (long)m * claims / 12);
        return months;
    }
}
