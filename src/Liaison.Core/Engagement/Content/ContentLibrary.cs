using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Content;

/// <summary>Reads of the content library: lists, one item, its file.</summary>
public static class ContentLibrary
{
    public sealed record Query(string? Search = null, Guid? ProductId = null, ApprovalStatus? Status = null, bool? OffLabel = null,
        bool UsableOnly = false);

    public sealed record FileDownload(string FileName, string MediaType, byte[] Bytes, string Sha256);

    public sealed class Handler(LiaisonDbContext db, ContentStore store)
    {
        public Task<Paged<ContentView>> List(Query query, PageRequest page, CancellationToken ct)
        {
            var q = db.ContentItems.AsNoTracking();
            if (query.ProductId is { } product) q = q.Where(c => c.ProductId == product);
            if (query.Status is { } status) q = q.Where(c => c.Status == status);
            if (query.OffLabel is { } offLabel) q = q.Where(c => c.OffLabel == offLabel);
            if (query.UsableOnly)
            {
                var today = DateOnly.FromDateTime(db.UtcNow);
                q = q.Where(c => c.Status == ApprovalStatus.Approved && (c.ExpiresOn == null || c.ExpiresOn >= today));
            }
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var s = query.Search.Trim().ToUpperInvariant();
                q = q.Where(c => c.Title.ToUpper().Contains(s) || c.DocumentCode.ToUpper().Contains(s));
            }
            return Project(q.OrderBy(c => c.Title).ThenBy(c => c.VersionLabel)).ToPageAsync(page, ct);
        }

        public async Task<Result<ContentView>> Get(Guid id, CancellationToken ct) =>
            await Project(db.ContentItems.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct) is { } v
                ? v
                : Error.NotFound("The material");

        public async Task<Result<FileDownload>> File(Guid id, CancellationToken ct)
        {
            var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (item is null) return Error.NotFound("The material");
            return await store.GetAsync(item, ct) is { } bytes
                ? new FileDownload(item.FileName, item.MediaType, bytes, item.Sha256)
                : Error.Conflict("The material's file is missing or no longer matches its SHA-256 checksum.");
        }

        private IQueryable<ContentView> Project(IQueryable<ContentItem> q) =>
            q.Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new ContentView(c.Id, c.Title, c.DocumentCode,
                c.VersionLabel, c.ProductId, p.Name, c.Status, c.ApprovedOn, c.ExpiresOn, c.OffLabel, c.Audience, c.FileName,
                c.MediaType, c.SizeBytes, c.Sha256, c.Storage, c.UploadedBy, c.CreatedAt, c.Version));
    }
}
