using System.Collections.Concurrent;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;

namespace Liaison.Web.Hosting;

/// <summary>
/// Directory imports started from the admin page: each runs in the background with the uploading admin as the actor,
/// and its progress (rows, rows/s, ETA) is kept here for the page to poll. Interrupted jobs resume when the same file
/// is uploaded again.
/// </summary>
public sealed class DirectoryImportJobs(BackgroundWork background, ILogger<DirectoryImportJobs> log)
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

    public Job Start(string path, string originalName, string kind, Actor actor)
    {
        var job = new Job { File = originalName, Kind = kind };
        _jobs[job.Id] = job;
        background.Start(actor, (db, services) => RunAsync(job, path, kind, db, services), e =>
        {
            log.LogError(e, "Directory import of {File} failed", job.File);
            job.Error = $"The import stopped: {e.Message} Upload the same file again to resume from the last checkpoint.";
        });
        return job;
    }

    private static async Task RunAsync(Job job, string path, string kind, LiaisonDbContext db, IServiceProvider services)
    {
        var runner = ActivatorUtilities.CreateInstance<DirectoryImportRunner>(services, db);
        IImportSource source = kind == "fhir" ? new FhirImportSource(path) : new NppesFileSource(path);
        var result = await runner.RunAsync(source, new Progress<ImportProgress>(p => job.Progress = p), CancellationToken.None);
        if (result.IsSuccess) job.Report = result.Value;
        else job.Error = result.Error!.Message;
    }
}
