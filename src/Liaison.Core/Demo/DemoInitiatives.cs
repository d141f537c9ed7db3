using System.Globalization;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Demo;

/// <summary>
/// The three initiatives of PRODUCT.md §2.9 with raw simulated outcome rows (not results): Liaison's analysis
/// recomputes the published effects from them. A few thousand subjects each, bulk-inserted, so seconds.
/// The oncology initiative's exposures ARE the engagement demo's oncology sessions' attendance
/// (<see cref="DemoAttendancePanel"/>); without that attendance (no engagement demo) it targets simulated subjects.
/// </summary>
public sealed class DemoInitiatives(LiaisonDbContext db, ExposuresFromEvents.Handler fromEvents) : IDemoContribution
{
    public int Order => 60;
    public string Name => "initiatives";

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        if (await db.Initiatives.AnyAsync(ct)) return;
        var rng = context.RandomFor(Name);
        foreach (var c in DemoImpactPanels.All)
        {
            context.Report($"demo: initiative {c.Slug}");
            await SeedCaseAsync(c, rng, ct);
        }
    }

    private async Task SeedCaseAsync(DemoImpactPanels.Case c, Random rng, CancellationToken ct)
    {
        var attendance = await DemoAttendancePanel.ForAsync(db, c, rng, ct);
        var subjects = attendance?.Subjects ?? PanelSimulation.Generate(c.Spec, rng).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var dataset = new OutcomeDataset
        {
            Id = Guid.CreateVersion7(), Name = c.DatasetName, Kind = c.Kind.Name(), Source = "demo", Description = c.Description,
            Rows = subjects.Count * (long)(c.Spec.Pre + c.Spec.Post), Subjects = subjects.Count, ImportedAt = db.UtcNow,
        };
        var initiative = new Initiative
        {
            Id = Guid.CreateVersion7(), Slug = c.Slug, Name = c.Name, Goal = c.Goal, TargetKind = c.TargetKind, Activities = c.Activities,
            OutcomeDatasetId = dataset.Id, StartMonth = AnalysisWindows.FormatMonth(c.Spec.StartMonth), PreMonths = c.Spec.Pre,
            PostMonths = c.Spec.Post, Design = "matched-did", PublishedResult = c.Published, CreatedAt = db.UtcNow,
        };
        db.OutcomeDatasets.Add(dataset);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);

        var first = c.Spec.StartMonth - c.Spec.Pre;
        await BulkRows.ObservationsAsync(db, subjects.SelectMany(s => s.Events.Select((e, m) => new OutcomeObservation
            { DatasetId = dataset.Id, SubjectId = s.Id, Month = first + m, Events = e, Exposure = s.Exposure[m] })), ct);
        await BulkRows.CovariatesAsync(db, subjects.SelectMany(s => new[]
        {
            new SubjectCovariate { DatasetId = dataset.Id, SubjectId = s.Id, Name = "region", Value = s.Region },
            new SubjectCovariate { DatasetId = dataset.Id, SubjectId = s.Id, Name = "practice_size", Value = s.Size.ToString(CultureInfo.InvariantCulture) },
        }), ct);
        var targets = attendance is null ? subjects.Where(s => s.Treated).ToList() : [];
        await BulkRows.TargetsAsync(db, targets.Select(s => new InitiativeTarget
            { InitiativeId = initiative.Id, SubjectId = s.Id, ExposedOn = s.ExposedOn!.Value, Source = "demo" }), ct);
        await AuditTrail.RecordAsync(db,
        [
            new AuditChange(nameof(OutcomeDataset), dataset.Id.ToString(), "Import", null,
                $"{{\"rows\":{dataset.Rows},\"subjects\":{dataset.Subjects},\"source\":\"demo\"}}"),
            new AuditChange(nameof(InitiativeTarget), initiative.Id.ToString(), "Import", null, $"{{\"targets\":{targets.Count}}}"),
        ], ct);
        await tx.CommitAsync(ct);
        if (attendance is null) return;
        // The exposures are the attendance itself, taken the way a designer would take them (audited, source "event").
        var taken = await fromEvents.Handle(initiative.Id, new ExposuresFromEvents.Command(attendance.EventIds), ct);
        if (!taken.IsSuccess) throw new InvalidOperationException($"demo: {c.Slug} could not take its exposures from events: {taken.Error!.Message}");
    }
}
