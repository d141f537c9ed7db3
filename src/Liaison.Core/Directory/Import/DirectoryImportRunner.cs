using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Runs an import: reads the source on one thread and writes batches on another (a bounded queue keeps memory
/// flat), commits with the run's checkpoint, resumes an interrupted run of the same file, and ends with one audit
/// entry for the run with its counts and the file's fingerprint. A large file (against the directory's size) is
/// loaded in bulk once it proves to write: the search indexes are suspended and rebuilt once at the end, and
/// transactions are larger.
/// </summary>
[CoreService]
public sealed class DirectoryImportRunner(LiaisonDbContext db, WorkspaceDatabase database, IEnumerable<IHcpReferenceMover> movers)
{
    private readonly IReadOnlyList<HcpReference> _hcpReferences = NamelessRecords.Of(movers);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public int BatchSize { get; set; } = 5000;

    /// <summary>Files of this many rows up are loaded in bulk, unless the directory already holds over four times their rows.</summary>
    public long BulkLoadMinRows { get; set; } = 50_000;

    /// <summary>Rows per transaction (and checkpoint) in a bulk load.</summary>
    public int BulkCommitRows { get; set; } = 50_000;

    /// <summary>
    /// Imports <paramref name="source"/>; for CMS's NPPES ZIP download, its practice location file (pl_pfile) next, as a run
    /// of its own reported as the <see cref="ImportReport.PracticeLocations"/> part, which a pl_pfile on its own is too.
    /// </summary>
    public async Task<Result<ImportReport>> RunAsync(IImportSource source, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var result = await RunOneAsync(source, progress, ct);
        if (!result.IsSuccess) return result;
        if (source is PracticeLocationSource) return ImportReport.Of(result.Value!);
        if (source is not NppesFileSource || !PracticeLocationSource.InArchive(source.Path)) return result;
        var locations = await RunOneAsync(new PracticeLocationSource(source.Path), progress, ct);
        // The providers are imported: a practice location file that cannot be read is this part's error, not the run's.
        return result.Value! with
        {
            PracticeLocations = locations.IsSuccess ? locations.Value : ImportReport.Failed(result.Value!.File, locations.Error!.Message),
        };
    }

    private async Task<Result<ImportReport>> RunOneAsync(IImportSource source, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (!File.Exists(source.Path)) return Error.Invalid("file", $"{source.Path}: {TextInput.Problem(source.Path)}.");
        if (source.Open() is { } problem) return Error.Invalid("file", $"{source.Path}: {problem}");
        var fingerprint = FileFingerprint.Of(source.Path);
        await using var lease = await RunLease.TryTakeAsync(database, source.Kind, fingerprint, ct);
        var run = await db.DirectoryImportRuns.AsNoTracking().FirstOrDefaultAsync(
            r => r.Kind == source.Kind && r.Fingerprint == fingerprint && r.Status == ImportStatus.Running, ct);
        if (lease is null) return Error.Conflict(BeingImported(source, run));
        var resumed = run is not null;
        if (run is null)
        {
            run = new ImportRun
            {
                Id = Guid.CreateVersion7(), Kind = source.Kind, FileName = Path.GetFileName(source.Path),
                FileSize = new FileInfo(source.Path).Length, Fingerprint = fingerprint, Status = ImportStatus.Running,
                CheckpointLine = 0, StartedBy = db.Actor.Name, StartedAt = db.UtcNow,
            };
            db.DirectoryImportRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }
        db.Entry(run).State = EntityState.Detached;
        var errors = JsonSerializer.Deserialize<List<RowError>>(run.Errors, Json) ?? [];
        var erased = await ErasedNpiFilter.LoadAsync(db, ct);
        long deactivated = 0, reactivated = 0;

        await using (var store = await OpenStoreAsync(ct))
        {
            // A large file is loaded in bulk once a batch shows that it writes (half its rows new or changed): a monthly
            // full file re-imported over the same directory is mostly unchanged rows, and suspending the indexes for it
            // meant rebuilding all of them at the end (~20 s per 250,000 HCPs on SQLite) to change a few.
            bool? bulk = null;
            var suspended = false;
            var queue = Channel.CreateBounded<ImportBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            var skip = run.CheckpointLine;
            var reader = Task.Run(async () =>
            {
                try
                {
                    foreach (var batch in source.Read(skip, BatchSize, ct))
                    {
                        batch.Prepare();
                        await queue.Writer.WriteAsync(batch, ct);
                    }
                    queue.Writer.Complete();
                }
                catch (Exception e) { queue.Writer.Complete(e); }
            }, ct);

            var clock = Stopwatch.StartNew();
            long rows = 0, uncommitted = 0;
            var open = false;
            await foreach (var batch in queue.Reader.ReadAllAsync(ct))
            {
                // Practice locations leave the search indexes as they are: they never load in bulk.
                bulk ??= source is not PracticeLocationSource && EstimatedRows(batch, source.TotalBytes) is var size && size >= BulkLoadMinRows
                    && size * 4 >= await store.ProviderCountAsync(ct);
                var commitRows = bulk.Value ? BulkCommitRows : 1;
                if (!open) await store.BeginAsync(ct);
                open = true;
                var counts = await BatchUpsert.WriteAsync(store, batch, run.Id, erased, db.UtcNow, ct);
                run.Imported += counts.Imported;
                run.Updated += counts.Updated;
                run.Unchanged += counts.Unchanged;
                run.Rejected += counts.Rejected;
                deactivated += counts.Deactivated;
                reactivated += counts.Reactivated;
                errors.AddRange(counts.Errors.Take(ImportReport.MaxErrors - errors.Count));
                run.CheckpointLine = Math.Max(run.CheckpointLine, batch.LastLine);
                uncommitted += batch.Rows;
                var suspend = bulk.Value && !suspended && (counts.Imported + counts.Updated) * 2 >= batch.Rows;
                if (uncommitted >= commitRows || suspend)
                {
                    run.Errors = JsonSerializer.Serialize(errors, Json);
                    await store.SaveCheckpointAsync(run, ct);
                    await store.CommitAsync(ct);
                    (open, uncommitted) = (false, 0);
                }
                if (suspend)
                {
                    await store.SuspendSearchIndexesAsync(ct);
                    suspended = true;
                }

                rows += batch.Rows;
                var rate = rows / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
                var left = batch.BytesRead > 0 && source.TotalBytes > batch.BytesRead
                    ? TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds * (source.TotalBytes - batch.BytesRead) / batch.BytesRead)
                    : (TimeSpan?)null;
                progress?.Report(new ImportProgress(rows, batch.BytesRead, source.TotalBytes, rate, left,
                    run.Imported, run.Updated, run.Unchanged, run.Rejected));
            }
            await reader;

            if (!open) await store.BeginAsync(ct);
            // Whatever a bulk load suspended (this one, or an earlier one that was interrupted) is rebuilt with the last commit.
            var rebuilt = await store.RestoreSearchIndexesAsync(ct);
            run.Status = ImportStatus.Completed;
            run.FinishedAt = db.UtcNow;
            run.Errors = JsonSerializer.Serialize(errors, Json);
            await store.SaveCheckpointAsync(run, ct);
            await store.CommitAsync(ct, durable: true);
            await store.RefreshAfterLoadAsync(run.Imported + run.Updated, rebuilt, ct);
        }

        await AuditTrail.RecordAsync(db, [new AuditChange("DirectoryImport", run.Id.ToString(), "Import", null,
            JsonSerializer.Serialize(new
            {
                kind = run.Kind, file = run.FileName, size = run.FileSize, fingerprint = run.Fingerprint, resumed,
                imported = run.Imported, updated = run.Updated, unchanged = run.Unchanged, rejected = run.Rejected,
                deactivated, reactivated,
            }, Json))], ct);
        return new ImportReport(run.Id, run.FileName, run.Imported, run.Updated, run.Unchanged, run.Rejected, deactivated,
            reactivated, resumed, errors);
    }

    private static string BeingImported(IImportSource source, ImportRun? run) =>
        $"{Path.GetFileName(source.Path)} is being imported now by another import"
        + (run is null ? "" : $" (started {run.StartedAt:yyyy-MM-dd HH:mm} UTC by {run.StartedBy}, through line {run.CheckpointLine:N0} so far)")
        + ". Wait for it to finish; importing the file again after that changes nothing.";

    /// <summary>
    /// How many rows the file holds, judged from its first batch: the lines read over the bytes they took, so a gzip
    /// file (whose bytes read and size are both compressed, a tenth of the text) counts its rows, not its size on disk.
    /// A file read whole in one batch, or a source that reports no bytes until its end, is judged by its size.
    /// </summary>
    internal static long EstimatedRows(ImportBatch first, long totalBytes) =>
        first.BytesRead > 0 && first.BytesRead < totalBytes
            ? (long)((double)Math.Max(first.Rows, first.LastLine - 1) * totalBytes / first.BytesRead)
            : totalBytes / BytesPerRow;

    /// <summary>About the size of an NPPES row (330 quoted columns): how a file's size says how many rows it holds.</summary>
    private const long BytesPerRow = 1024;

    internal Task<IDirectoryStore> OpenStoreAsync(CancellationToken ct) =>
        DirectoryStores.OpenAsync(database.Provider == DatabaseProvider.Sqlite, database.ConnectionString, _hcpReferences, db.Actor, ct);
}
