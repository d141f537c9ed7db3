using System.Security.Cryptography;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Core.Engagement.Content;

/// <summary>
/// Where material files live: in the database (default) or, when <c>Content:Folder</c> is configured, in that
/// folder under their SHA-256 (content-addressed: the same file uploaded twice is stored once). Reads verify the
/// checksum, so a file changed on disk is refused rather than served.
/// </summary>
[CoreService]
public sealed class ContentStore(LiaisonDbContext db, IServiceProvider services)
{
    public const string FolderSetting = "Content:Folder";

    private string? Folder => services.GetService<IConfiguration>()?[FolderSetting] is { Length: > 0 } f ? f : null;

    public static string Checksum(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Stores the bytes for <paramref name="item"/> (the caller saves) and says where.</summary>
    public async Task<ContentStorage> PutAsync(ContentItem item, byte[] bytes, CancellationToken ct)
    {
        if (Folder is not { } folder)
        {
            db.Set<ContentFile>().Add(new ContentFile { ContentItemId = item.Id, Bytes = bytes });
            return ContentStorage.Database;
        }
        var path = PathOf(folder, item.Sha256);
        if (!File.Exists(path))
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".partial";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, path, overwrite: true);
        }
        return ContentStorage.Folder;
    }

    /// <summary>The file's bytes, or null when missing or no longer matching its checksum.</summary>
    public async Task<byte[]?> GetAsync(ContentItem item, CancellationToken ct)
    {
        byte[]? bytes = item.Storage == ContentStorage.Database
            ? await db.Set<ContentFile>().AsNoTracking().Where(f => f.ContentItemId == item.Id).Select(f => f.Bytes)
                .FirstOrDefaultAsync(ct)
            : Folder is { } folder && File.Exists(PathOf(folder, item.Sha256))
                ? await File.ReadAllBytesAsync(PathOf(folder, item.Sha256), ct)
                : null;
        return bytes is not null && Checksum(bytes) == item.Sha256 ? bytes : null;
    }

    private static string PathOf(string folder, string sha256) => Path.Combine(folder, sha256[..2], sha256);
}
