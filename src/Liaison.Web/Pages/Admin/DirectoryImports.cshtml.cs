using Liaison.Core.Common;
using Liaison.Core.Dashboards;
using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin;

/// <summary>
/// Upload an NPPES file or FHIR bundle/NDJSON (the import runs in the background with a live progress bar), or a later
/// release of the NUCC taxonomy code set (a small file, taken at once, its report shown on the page).
/// </summary>
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class DirectoryImportsModel(DirectoryImportJobs jobs, IActorAccessor actor, LiaisonDbContext db, TaxonomyCodes taxonomy,
    RecentImports.Handler recent)
    : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string Kind { get; set; } = "nppes";
    [BindProperty] public IFormFile? CodeSet { get; set; }

    public IReadOnlyList<DirectoryImportJobs.Job> Jobs => jobs.All;

    private const string StartedJobKey = "StartedImportJob";

    /// <summary>The job the upload before this page's redirect started: the page announces its end even if it is over already (TempData gives a Guid back as a Guid, not as its text).</summary>
    public Guid? StartedJob => TempData[StartedJobKey] is Guid id ? id : null;

    /// <summary>The recorded runs, the command line's included: what was imported before this process started.</summary>
    public IReadOnlyList<RecentImports.Item> History { get; private set; } = [];

    /// <summary>The NUCC release the workspace reads taxonomy codes with, and whether it is the one Liaison ships.</summary>
    public TaxonomyCodeSet Codes { get; private set; } = NuccCodeSet.Shipped;

    /// <summary>The report of a code set just imported.</summary>
    public ImportTaxonomyCodes.Report? CodeSetReport { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostCodeSetAsync([FromServices] ImportTaxonomyCodes.Handler import, CancellationToken ct)
    {
        // The directory form's fields are not this form's: their binding errors ("The Kind field is required") are not news.
        ModelState.Remove(nameof(Kind));
        ModelState.Remove(nameof(Upload));
        if (CodeSet is null || CodeSet.Length == 0) ModelState.AddModelError(nameof(CodeSet), "Choose the NUCC code set file to import.");
        else
        {
            var name = Path.GetFileName(CodeSet.FileName);
            var folder = System.IO.Directory.CreateTempSubdirectory("liaison-nucc-");
            try
            {
                // Under its own name: the release is read from it (nucc_taxonomy_250.csv → 25.0).
                var path = Path.Combine(folder.FullName, name);
                await using (var target = System.IO.File.Create(path)) await CodeSet.CopyToAsync(target, ct);
                CodeSetReport = await import.Handle(path, null, ct);
                if (CodeSetReport.Fatal is { } fatal)
                    ModelState.AddModelError(nameof(CodeSet), $"{name}: line {fatal.Line}, {fatal.Column}: {fatal.Reason}");
            }
            finally { folder.Delete(recursive: true); }
        }
        // A release just taken is read at once: the cache forgets its code set on a save in this process.
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Choose a file to import.");
        if (Kind is not ("nppes" or "fhir")) ModelState.AddModelError(nameof(Kind), "Choose NPPES or FHIR.");
        if (!ModelState.IsValid) return await ShowAsync(ct);
        var started = await jobs.StartAsync(Upload!, Kind, actor.Current, ct);
        if (!started.IsSuccess)
        {
            started.Error!.AddTo(ModelState);
            return await ShowAsync(ct);
        }
        TempData["Flash"] = $"Import of {started.Value!.File} started: its progress and report are below.";
        TempData[StartedJobKey] = started.Value.Id;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Codes = await taxonomy.CurrentAsync(db, ct);
        History = await recent.Handle(20, ct);
        return Page();
    }

    /// <summary>The recorded runs again, redrawn by the page when one of its jobs ends.</summary>
    public async Task<IActionResult> OnGetHistoryAsync(CancellationToken ct) => Partial("_ImportRuns", await recent.Handle(20, ct));

    /// <summary>Progress of every job, polled by the page.</summary>
    public IActionResult OnGetStatus() => new JsonResult(jobs.All.Select(j => new
    {
        id = j.Id, file = j.File, done = j.Done, error = j.Error,
        fraction = j.Done && j.Error is null ? 1 : j.Progress?.Fraction ?? 0,
        rows = j.Progress?.Rows ?? 0, rowsPerSecond = Math.Round(j.Progress?.RowsPerSecond ?? 0),
        eta = j.Progress?.Remaining?.ToString(@"hh\:mm\:ss"),
        report = j.Report is { } r ? new { r.Imported, r.Updated, r.Unchanged, r.Rejected, errors = r.Errors.Take(20),
            practiceLocations = r.PracticeLocations is { } p ? new { p.Imported, p.Updated, p.Unchanged, p.Rejected, errors = p.Errors.Take(20) } : null } : null,
    }));
}
