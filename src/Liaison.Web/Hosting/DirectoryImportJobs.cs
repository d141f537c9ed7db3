using System.Collections.Concurrent;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;

namespace Liaison.Web.Hosting;

/// <summary>
/// Directory imports started from the admin page: the upload is kept in the workspace's <c>data/imports</c> folder and its
/// header checked at once (a file that is not NPPES or FHIR is refused in the request); the import then runs in the
/// background with the uploading admin as the actor, its progress (rows, rows/s, ETA) kept here for the page to poll.
/// The kept copy is deleted when the job ends: an interrupted import resumes when the same file is uploaded again.
/// </summary>
/// <param name="uploads">Where uploads are kept: the workspace's base directory's <c>data/imports</c>.</param>
public sealed class DirectoryImportJobs(BackgroundWork background, string uploads, ILogger<DirectoryImportJobs> log)
{
    public sealed class Job
    {
        public Guid Id { get; } = Guid.CreateVersion7();
        public required string File { get; init; }
        public required string Kind { get; init; }
        public DateTime StartedAt { get; } = DateTime.UtcNow;
        public ImportProgress? Progress { get; set; }
        public ImportReport? Report { get; set; }
        public string? Error { get; set; }
        public bool Done => Report is not null || Error is not null;
    }

    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();

    public IReadOnlyList<Job> All => _jobs.Values.OrderByDescending(j => j.StartedAt).ToList();
    public Job? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>Keeps the upload and starts its import, or says why the file cannot be imported (and keeps nothing).</summary>
    public async Task<Result<Job>> StartAsync(IFormFile upload, string kind, Actor actor, CancellationToken ct)
    {
        // A browser sends the file's own name; a hand-made request may send none, or "..", which is no name for a file.
        var name = Path.GetFileName(upload.FileName) is { Length: > 0 } given && given.Trim('.').Length > 0 ? given : "upload";
        // In a folder of its own under its own name: the run is recorded (and listed in the import history) by that name.
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(uploads, Guid.CreateVersion7().ToString("N"))).FullName, name);
        await using (var target = File.Create(path)) await upload.CopyToAsync(target, ct);
        var source = SourceOf(kind, path);
        if (source.Open() is { } problem)
        {
            Discard(path);
            return Error.Invalid("Upload", $"{name}: {problem.Replace(path, name, StringComparison.Ordinal)}");
        }
        var job = new Job { File = name, Kind = kind };
        _jobs[job.Id] = job;
        background.Start(actor, (db, services) => RunAsync(job, source, db, services), e =>
        {
            log.LogError(e, "Directory import of {File} failed", job.File);
            job.Error = $"The import stopped: {e.Message.Replace(path, name, StringComparison.Ordinal)} Upload the same file again to resume from the last checkpoint.";
            Discard(path);
        });
        return job;
    }

    private static IImportSource SourceOf(string kind, string path) => kind == "fhir" ? new FhirImportSource(path) : NppesSources.For(path);

    private static async Task RunAsync(Job job, IImportSource source, LiaisonDbContext db, IServiceProvider services)
    {
        var runner = ActivatorUtilities.CreateInstance<DirectoryImportRunner>(services, db);
        var result = await runner.RunAsync(source, new Progress<ImportProgress>(p => job.Progress = p), CancellationToken.None);
        if (result.IsSuccess) job.Report = result.Value;
        else job.Error = result.Error!.Message.Replace(source.Path, job.File, StringComparison.Ordinal);
        Discard(source.Path);
    }

    /// <summary>Deletes an upload and the folder that held it.</summary>
    private static void Discard(string path) => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
}
