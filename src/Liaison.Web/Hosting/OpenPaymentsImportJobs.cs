using System.Collections.Concurrent;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;

namespace Liaison.Web.Hosting;

/// <summary>
/// Open Payments uploads, from the API and the Open Payments page alike: the file's header is checked at once (a file
/// that is not an Open Payments file, or a ZIP without a general or research payments file, is refused in the request),
/// then the import runs in the background with the uploader as the actor, its progress and report kept here to be polled:
/// a file's report, a removed and deleted records file's (<see cref="ImportRemovedRecords"/>), or a program year's ZIP's report
/// of each entry (<see cref="ImportProgramYear"/>). A public file has
/// millions of rows; the import skips records already imported, so an interrupted one is simply uploaded again.
/// </summary>
public sealed class OpenPaymentsImportJobs(BackgroundWork background, TimeProvider clock, ILogger<OpenPaymentsImportJobs> log)
{
    public sealed class Job
    {
        public Guid Id { get; } = Guid.CreateVersion7();
        public required string File { get; init; }
        public required DateTime StartedAt { get; init; }
        /// <summary>The entry of a program year's ZIP being read, while one is.</summary>
        public string? Entry { get; set; }
        public int RowsRead { get; set; }
        public ImportOpenPayments.Report? Report { get; set; }
        public ImportProgramYear.Report? Archive { get; set; }
        public ImportRemovedRecords.Report? Removals { get; set; }
        public string? Error { get; set; }
        public bool Done => Report is not null || Archive is not null || Removals is not null || Error is not null;
    }

    /// <summary>
    /// A job as the API and the page's progress display show it: a file's <paramref name="Report"/>, or a program year's ZIP's
    /// <paramref name="Archive"/> report (its totals and each entry's report), once done; meanwhile the rows read, of
    /// <paramref name="Entry"/> in a ZIP; a removed and deleted records file's report is <paramref name="Removals"/>.
    /// </summary>
    public sealed record View(Guid Id, string File, DateTime StartedAt, bool Done, int RowsRead, string? Error, ImportOpenPayments.Report? Report,
        int RejectedNotListed, string? Entry, ImportProgramYear.Report? Archive, ImportRemovedRecords.Report? Removals)
    {
        public static View Of(Job j) => new(j.Id, j.File, j.StartedAt, j.Done, j.RowsRead, j.Error, j.Report,
            j.Report is { } r ? r.Rejected - r.Errors.Count : j.Removals is { } d ? d.Rejected - d.Errors.Count : 0,
            j.Done ? null : j.Entry, j.Archive, j.Removals);
    }

    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();

    public IReadOnlyList<Job> All => _jobs.Values.OrderByDescending(j => j.StartedAt).ThenByDescending(j => j.Id).ToList();
    public Job? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>Keeps the upload and starts its import, or says why the file cannot be imported.</summary>
    public async Task<Result<Job>> Start(IFormFile? upload, Actor actor, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0) return Error.Invalid("File", "Choose an Open Payments CSV file or a program year's ZIP.");
        var name = Path.GetFileName(upload.FileName);
        var path = Path.Combine(Path.GetTempPath(), $"liaison-op-{Guid.NewGuid():N}.csv");
        await using (var target = System.IO.File.Create(path)) await upload.CopyToAsync(target, ct);
        var archive = ImportProgramYear.Holds(path);
        var removals = !archive && ImportRemovedRecords.Holds(path);
        if ((archive ? ImportProgramYear.Check(path) : removals ? null : ImportOpenPayments.Check(path)) is { } problem)
        {
            System.IO.File.Delete(path);
            return Error.Invalid("File", problem.Replace(path, name, StringComparison.Ordinal));
        }
        var job = new Job { File = name, StartedAt = clock.GetUtcNow().UtcDateTime };
        _jobs[job.Id] = job;
        background.Start(actor, (db, services) => archive ? RunArchiveAsync(job, path, db, services)
            : removals ? RunRemovalsAsync(job, path, db) : RunAsync(job, path, db, services), e =>
        {
            log.LogError(e, "Open Payments import of {File} failed", job.File);
            job.Error = $"The import stopped: {e.Message} Upload the same file again: records already imported are skipped.";
            System.IO.File.Delete(path);
        });
        return job;
    }

    private static async Task RunAsync(Job job, string path, LiaisonDbContext db, IServiceProvider services)
    {
        try
        {
            var import = ActivatorUtilities.CreateInstance<ImportOpenPayments.Handler>(services, db);
            var (report, problem) = await import.Handle(path, new Progress<int>(rows => job.RowsRead = rows), CancellationToken.None);
            if (report is null) job.Error = problem!.Replace(path, job.File, StringComparison.Ordinal);
            else (job.RowsRead, job.Report) = (report.Rows, report with { File = job.File });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static async Task RunRemovalsAsync(Job job, string path, LiaisonDbContext db)
    {
        try
        {
            var (report, problem) = await new ImportRemovedRecords.Handler(db).Handle(path, null, new Progress<int>(rows => job.RowsRead = rows),
                CancellationToken.None);
            if (report is null) job.Error = problem!.Replace(path, job.File, StringComparison.Ordinal);
            else (job.RowsRead, job.Removals) = (report.Rows, report with { File = job.File });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static async Task RunArchiveAsync(Job job, string path, LiaisonDbContext db, IServiceProvider services)
    {
        try
        {
            var import = ActivatorUtilities.CreateInstance<ImportProgramYear.Handler>(services,
                ActivatorUtilities.CreateInstance<ImportOpenPayments.Handler>(services, db), new ImportRemovedRecords.Handler(db));
            var progress = new Progress<ImportProgramYear.Reading>(r => (job.Entry, job.RowsRead) = (r.Entry, r.Rows));
            var (report, problem) = await import.Handle(path, progress, CancellationToken.None);
            if (report is null) job.Error = problem!.Replace(path, job.File, StringComparison.Ordinal);
            else (job.RowsRead, job.Archive) = (report.Rows, report with { File = job.File });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
