using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Engagement.Transfers;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>
/// The field-engagement part of the demo company: content library, patient advocates, unsolicited requests, events
/// (with invitations, attendance, knowledge tests and feedback), a year of interactions for both MSLs, transfers of
/// value with caps, and engagement plans. The oncology educational sessions form the series
/// <see cref="OncologySeries"/>: their attendees (demo oncologists, by NPI) are the exposures of the impact demo's
/// initiative of the same name, through <see cref="Events.EventExposures"/>.
/// </summary>
public sealed class DemoEngagement(LiaisonDbContext db) : IDemoContribution
{
    public const string OncologySeries = "Oncology educational sessions for targeted oncologists";
    public const string RareDiseaseSeries = "Rare-disease roundtables with KOLs and patient-advocacy groups";
    public const string CardiovascularSeries = "Cardiovascular post-marketing education campaign";
    /// <summary>Without the impact demo's case, the oncology sessions are held this many months before the demo is created.</summary>
    public const int OncologySessionsMonthsAgo = 8;

    /// <summary>
    /// The month the oncology sessions are held: the start month of the impact demo's initiative of the same name (its
    /// exposures are this series' attendance), else <see cref="OncologySessionsMonthsAgo"/> months before now.
    /// </summary>
    public static DateTime OncologySessionsMonth(DateTime now) => SeriesMonth(OncologySeries, now, OncologySessionsMonthsAgo);

    /// <summary>
    /// The month an event series starts: the start month of the impact demo's initiative of the same name, so the Events
    /// list and the initiative tell one story, else <paramref name="monthsAgo"/> months before now.
    /// </summary>
    public static DateTime SeriesMonth(string series, DateTime now, int monthsAgo)
    {
        var impactCase = Impact.Simulation.DemoImpactPanels.All.FirstOrDefault(c => c.Name == series);
        return impactCase is { Spec.StartMonth: var m }
            ? new DateTime(m / 12, m % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc)
            : new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-monthsAgo);
    }

    public int Order => 40;
    public string Name => "engagement";

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        if (await db.ContentItems.AnyAsync(ct)) return;
        var random = context.RandomFor(Name);
        await DemoFallbackHcps.EnsureAsync(db, random, ct);
        await SettingsAsync(ct);
        await DemoLibrary.SeedAdvocatesAsync(db, ct);
        var cast = await DemoCast.LoadAsync(db, ct);
        if (cast is null) return;
        context.Report("demo: engagement — content, requests, events");
        var library = await DemoLibrary.SeedAsync(db, cast, random, ct);
        var events = await DemoEvents.SeedAsync(db, cast, random, ct);
        context.Report("demo: engagement — interactions, transfers of value, plans");
        await DemoInteractions.SeedAsync(db, cast, library, events, random, ct);
        await DemoTransfers.SeedAsync(db, cast, events, random, ct);
        await DemoPlans.SeedAsync(db, cast, random, ct);
    }

    private async Task SettingsAsync(CancellationToken ct)
    {
        (string Key, string Value)[] company =
        [
            (OpenPaymentsExport.CompanyName, "Meridian Therapeutics, Inc."), (OpenPaymentsExport.CompanyOpenPaymentsId, "100000099999"),
            (OpenPaymentsExport.CompanyState, "NJ"), (OpenPaymentsExport.CompanyCountry, "United States"),
        ];
        foreach (var (key, value) in company)
            if (!await db.WorkspaceSettings.AnyAsync(s => s.Key == key, ct))
                db.WorkspaceSettings.Add(new WorkspaceSetting { Key = key, Value = value });
        if (!await db.TransferCaps.AnyAsync(ct))
        {
            db.TransferCaps.Add(new TransferCap { Id = Guid.CreateVersion7(), Nature = null, AnnualLimit = 5000m, WarnAtPercent = 80 });
            db.TransferCaps.Add(new TransferCap { Id = Guid.CreateVersion7(), Nature = PaymentNature.FoodAndBeverage, AnnualLimit = 500m, WarnAtPercent = 80 });
        }
        await db.SaveChangesAsync(ct);
    }
}
