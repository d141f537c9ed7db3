using System.Security.Cryptography;
using System.Text;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The erased NPIs, as keyed hashes (HMAC-SHA-256 under a per-workspace key kept in the workspace settings): an
/// import skips them so an erased person is not re-created from the registry.
/// </summary>
public sealed class ErasedNpiFilter
{
    public const string KeySetting = "directory.erasure-key";
    private readonly HashSet<string> _hashes;
    private readonly byte[] _key;

    private ErasedNpiFilter(HashSet<string> hashes, byte[] key) => (_hashes, _key) = (hashes, key);

    public bool IsErased(string npi) => _hashes.Count > 0 && _hashes.Contains(Hash(_key, npi));

    public static string Hash(byte[] key, string npi) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(npi)));

    public static async Task<ErasedNpiFilter> LoadAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var hashes = (await db.ErasedNpis.AsNoTracking().Select(e => e.NpiHash).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new ErasedNpiFilter(hashes, hashes.Count == 0 ? [] : await KeyAsync(db, ct));
    }

    /// <summary>
    /// The workspace's erasure key, created by the first erasure. Its value must not reach the audit trail: the
    /// erasure use case records the setting's creation without the value.
    /// </summary>
    public static async Task<byte[]> KeyAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var setting = await db.WorkspaceSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == KeySetting, ct);
        if (setting is not null) return Convert.FromHexString(setting.Value);
        var key = RandomNumberGenerator.GetBytes(32);
        db.WorkspaceSettings.Add(new WorkspaceSetting { Key = KeySetting, Value = Convert.ToHexString(key) });
        await db.SaveChangesAsync(ct);
        return key;
    }
}
