using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Content;

/// <summary>Uploads a material (its file and metadata) or edits the metadata of one; the file of a version never changes.</summary>
public static class SaveContent
{
    public const long MaxBytes = 50 * 1024 * 1024;

    /// <summary>A form carrying a file of <see cref="MaxBytes"/> and its fields; the server's own limit (30 MB) refused less.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public sealed class Handler(LiaisonDbContext db, ContentStore store)
    {
        public async Task<Result<ContentView>> Upload(ContentFields fields, string fileName, string? mediaType, byte[] bytes,
            CancellationToken ct)
        {
            if (bytes.Length == 0) return Error.Invalid("File", "The file is empty.");
            if (bytes.Length > MaxBytes) return Error.Invalid("File", $"The file is larger than {MaxBytes / 1024 / 1024} MB.");
            var item = new ContentItem
            {
                Id = Guid.CreateVersion7(), FileName = Path.GetFileName(fileName.Trim()),
                MediaType = string.IsNullOrWhiteSpace(mediaType) ? "application/octet-stream" : mediaType.Trim(),
                SizeBytes = bytes.Length, Sha256 = ContentStore.Checksum(bytes), UploadedBy = db.Actor.Name, CreatedAt = db.UtcNow,
            };
            if (item.FileName.Length is 0 or > 260) return Error.Invalid("File", "The file needs a name of at most 260 characters.");
            if (await Apply(item, fields, ct) is { } invalid) return invalid;
            item.Storage = await store.PutAsync(item, bytes, ct);
            db.ContentItems.Add(item);
            await db.SaveChangesAsync(ct);
            return await new ContentLibrary.Handler(db, store).Get(item.Id, ct);
        }

        public async Task<Result<ContentView>> Update(Guid id, ExpectedVersion expectedVersion, ContentFields fields, CancellationToken ct)
        {
            var item = await db.ContentItems.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (item is null) return Error.NotFound("The material");
            if (db.Expect(item, expectedVersion) is { } stale) return stale;
            if (await Apply(item, fields, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await new ContentLibrary.Handler(db, store).Get(id, ct);
        }

        private async Task<Error?> Apply(ContentItem item, ContentFields f, CancellationToken ct)
        {
            var code = f.DocumentCode.Trim().ToUpperInvariant();
            var version = f.VersionLabel.Trim();
            if (!await db.Products.AnyAsync(p => p.Id == f.ProductId, ct)) return Error.Invalid(nameof(f.ProductId), "Choose a product.");
            if (await db.ContentItems.AnyAsync(c => c.Id != item.Id && c.DocumentCode == code && c.VersionLabel == version, ct))
                return Error.Invalid(nameof(f.VersionLabel), $"{code} already has a version {version}.");
            var approvedOn = f.ApprovedOn;
            if (f.Status == ApprovalStatus.Approved) approvedOn ??= DateOnly.FromDateTime(db.UtcNow);
            // The day it was approved: a later one listed the material as usable today and refused it only at use.
            if (approvedOn is { } on && DateWindow.Outside(nameof(f.ApprovedOn), on, DateWindow.LatestToday(db.UtcNow), "a material's approval: from 2000 to today",
                    $"{on:yyyy-MM-dd} is not an approval date: give the day it was approved, not a later one.") is { } approval)
                return approval;
            if (f.ExpiresOn is { } expires && approvedOn is { } approved && expires <= approved)
                return Error.Invalid(nameof(f.ExpiresOn), "The expiry date must come after the approval date.");
            // A material is reviewed again within years, not millennia: a 9999 expiry is a slip that keeps it usable forever.
            if (f.ExpiresOn is { } expiry
                && DateWindow.Outside(nameof(f.ExpiresOn), expiry, DateOnly.FromDateTime(db.UtcNow).AddYears(10), "a material's expiry: from 2000 to ten years ahead") is { } when)
                return when;
            item.Title = f.Title.Trim();
            item.DocumentCode = code;
            item.VersionLabel = version;
            item.ProductId = f.ProductId!.Value;
            item.Status = f.Status!.Value;
            item.ApprovedOn = approvedOn;
            item.ExpiresOn = f.ExpiresOn;
            item.OffLabel = f.OffLabel;
            item.Audience = f.Audience!.Value;
            return null;
        }
    }
}
