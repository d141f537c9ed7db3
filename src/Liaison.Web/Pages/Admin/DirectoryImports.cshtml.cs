using Liaison.Core.Common;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Admin;

/// <summary>Upload an NPPES file or FHIR bundle/NDJSON; the import runs in the background with a live progress bar.</summary>
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class DirectoryImportsModel(DirectoryImportJobs jobs, IActorAccessor actor) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string Kind { get; set; } = "nppes";

    public IReadOnlyList<DirectoryImportJobs.Job> Jobs => jobs.All;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Choose a file to import.");
        if (Kind is not ("nppes" or "fhir")) ModelState.AddModelError(nameof(Kind), "Choose NPPES or FHIR.");
        if (!ModelState.IsValid) return Page();
        var started = await jobs.StartAsync(Upload!, Kind, actor.Current, ct);
        if (!started.IsSuccess)
        {
            started.Error!.AddTo(ModelState);
            return Page();
        }
        TempData["Flash"] = $"Import of {started.Value!.File} started: its progress and report are below.";
        return RedirectToPage();
    }

    /// <summary>Progress of every job, polled by the page.</summary>
    public IActionResult OnGetStatus() => new JsonResult(jobs.All.Select(j => new
    {
        id = j.Id, file = j.File, done = j.Done, error = j.Error,
        fraction = j.Done && j.Error is null ? 1 : j.Progress?.Fraction ?? 0,
        rows = j.Progress?.Rows ?? 0, rowsPerSecond = Math.Round(j.Progress?.RowsPerSecond ?? 0),
        eta = j.Progress?.Remaining?.ToString(@"hh\:mm\:ss"),
        report = j.Report is { } r ? new { r.Imported, r.Updated, r.Unchanged, r.Rejected, errors = r.Errors.Take(20) } : null,
    }));
}
