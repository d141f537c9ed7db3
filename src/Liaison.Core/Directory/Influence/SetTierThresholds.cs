using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Influence;

/// <summary>An admin changes the tier thresholds (at the version read); every HCP is re-tiered at once.</summary>
public static class SetTierThresholds
{
    public sealed record Command([property: Range(0, 100)] double T1, [property: Range(0, 100)] double T2, [property: Range(0, 100)] double T3);

    public sealed class Handler(LiaisonDbContext db, RecomputeInfluence.Handler influence)
    {
        public async Task<Result<TierThresholds>> Handle(Command c, ExpectedVersion expectedVersion, CancellationToken ct)
        {
            // A form or a command line can carry NaN or infinity (JSON cannot): no score compares with either, and the
            // thresholds would not even save (JSON has no such number).
            foreach (var (name, value) in new[] { (nameof(c.T1), c.T1), (nameof(c.T2), c.T2), (nameof(c.T3), c.T3) })
                if (!double.IsFinite(value))
                    return Error.Invalid(name, $"{name} must be a score from 0 to 100, not {FiniteNumber.Describe(value)}.");
            if (!(c.T1 > c.T2 && c.T2 > c.T3 && c.T3 >= 0))
                return Error.Invalid(nameof(c.T1), "Thresholds must fall from T1 to T3: T1 > T2 > T3 ≥ 0.");
            var current = await TierThresholds.LoadAsync(db, ct);
            if (!expectedVersion.Matches(current.Version)) return Error.Stale();
            var next = new TierThresholds(c.T1, c.T2, c.T3, current.Version + 1);
            var setting = await db.WorkspaceSettings.FirstOrDefaultAsync(s => s.Key == TierThresholds.SettingKey, ct);
            if (setting is null) db.WorkspaceSettings.Add(setting = new WorkspaceSetting { Key = TierThresholds.SettingKey });
            setting.Value = JsonSerializer.Serialize(next);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { return Error.Stale(); }
            await influence.Handle(ct);
            return next;
        }
    }
}
