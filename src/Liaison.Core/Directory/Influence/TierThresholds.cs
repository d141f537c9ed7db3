using System.Text.Json;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Influence;

/// <summary>
/// The score an HCP needs for tiers T1–T3 (T4 is every other scored HCP), kept in the workspace settings so an
/// admin can change them; each change is audited through the setting. <see cref="Version"/> is the ETag.
/// </summary>
public sealed record TierThresholds(double T1, double T2, double T3, long Version)
{
    public const string SettingKey = "kol.tier-thresholds";
    public static readonly TierThresholds Default = new(60, 40, 20, 0);

    public string TierOf(double score) => score >= T1 ? "T1" : score >= T2 ? "T2" : score >= T3 ? "T3" : "T4";

    public static async Task<TierThresholds> LoadAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var value = await db.WorkspaceSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return value is null ? Default : JsonSerializer.Deserialize<TierThresholds>(value) ?? Default;
    }
}
