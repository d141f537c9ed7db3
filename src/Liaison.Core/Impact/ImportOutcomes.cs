using System.Globalization;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Impact.Engine;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// Imports an outcome dataset (replacing the dataset of that name, so a re-run is harmless): rows from any
/// source, covariates from a CSV. Good rows are kept, bad ones reported with their line; everything is written in
/// one transaction, audited by one summary entry.
/// </summary>
/// <remarks>
/// The seam for other outcome sources: Part D prescribing (<see cref="PartDOutcomes"/>, from the directory's imported
/// rows) and adverse-event report counts (the safety module) call <see cref="Handler.ImportAsync"/> with their own
/// <see cref="OutcomeRow"/>s.
/// </remarks>
public static class ImportOutcomes
{
    public sealed record Command(string Dataset, OutcomeKind Kind, string Source, string? Description = null);

    public sealed record Report(Guid DatasetId, string Dataset, long Rows, int Subjects, long Rejected, IReadOnlyList<InputProblem> Problems);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Report>> ImportCsvAsync(Command command, string outcomesPath, string? covariatesPath, CancellationToken ct)
        {
            try
            {
                var covariates = covariatesPath is null ? null : CovariateTable.Read(covariatesPath, null, SubjectCovariate.Widths);
                var reader = new OutcomeCsvRows(outcomesPath);
                return await ImportAsync(command, reader.Read(), covariates, () => (reader.Rejected, reader.Problems), ct);
            }
            catch (ImpactInputException problem)
            {
                return Error.Invalid("file", problem.Message);
            }
        }

        public async Task<Result<Report>> ImportAsync(Command command, IEnumerable<OutcomeRow> rows, CovariateTable? covariates,
            Func<(long Rejected, IReadOnlyList<InputProblem> Problems)> rejected, CancellationToken ct)
        {
            var name = command.Dataset.Trim();
            if (name.Length is < 2 or > 120) return Error.Invalid(nameof(command.Dataset), "The dataset name is 2 to 120 characters.");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Another import of outcomes running meanwhile commits first, so a name both give is read here as held (both
            // added it, the later failing on the unique name).
            await ImportTurn.TakeAsync(db, ImportTurn.Outcomes, ct);
            var dataset = await db.OutcomeDatasets.FirstOrDefaultAsync(d => d.Name == name, ct);
            if (dataset is null) db.OutcomeDatasets.Add(dataset = new OutcomeDataset { Id = Guid.CreateVersion7(), Name = name });
            dataset.Kind = command.Kind.Name();
            dataset.Source = command.Source;
            dataset.Description = command.Description ?? dataset.Description;
            dataset.ImportedAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
            await db.OutcomeObservations.Where(o => o.DatasetId == dataset.Id).ExecuteDeleteAsync(ct);
            await db.SubjectCovariates.Where(o => o.DatasetId == dataset.Id).ExecuteDeleteAsync(ct);

            long count = 0;
            var subjects = new HashSet<string>(StringComparer.Ordinal);
            await BulkRows.ObservationsAsync(db, rows.Select(r =>
            {
                count++;
                subjects.Add(r.SubjectId);
                return new OutcomeObservation { DatasetId = dataset.Id, SubjectId = r.SubjectId, Month = r.Month, Events = r.Events, Exposure = r.Exposure };
            }), ct);
            if (covariates is not null)
                await BulkRows.CovariatesAsync(db, Pivot(dataset.Id, covariates), ct);
            dataset.Rows = count;
            dataset.Subjects = subjects.Count;
            await db.SaveChangesAsync(ct);
            var (rejectedRows, problems) = rejected();
            await AuditTrail.RecordAsync(db, [new AuditChange(nameof(OutcomeObservation), dataset.Id.ToString(), "Import", null,
                string.Create(CultureInfo.InvariantCulture, $"{{\"dataset\":\"{name}\",\"rows\":{count},\"subjects\":{subjects.Count},\"rejected\":{rejectedRows},\"source\":\"{command.Source}\"}}"))], ct);
            await tx.CommitAsync(ct);
            return new Report(dataset.Id, name, count, subjects.Count, rejectedRows, problems);
        }

        private static IEnumerable<SubjectCovariate> Pivot(Guid datasetId, CovariateTable table)
        {
            var subjects = new string[table.Count];
            foreach (var s in table.Subjects) subjects[table.RowOf(s)] = s;
            for (var i = 0; i < subjects.Length; i++)
                foreach (var c in table.Columns)
                    yield return new SubjectCovariate
                    {
                        DatasetId = datasetId, SubjectId = subjects[i], Name = c.Name,
                        Value = c.IsNumeric ? (double.IsNaN(c.Numbers[i]) ? "" : c.Numbers[i].ToString("R", CultureInfo.InvariantCulture)) : c.Labels[i],
                    };
        }
    }
}
