using System.Text;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Hosting;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

/// <summary>
/// Compliance's Open Payments desk: the year's export, and importing public files about other companies' payments
/// (in the background, as the API does: <see cref="OpenPaymentsImportJobs"/>), with their progress and refused rows.
/// </summary>
[Authorize(Policy = Policies.TransparencyOfficer)]
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class OpenPaymentsModel(OpenPaymentsExport.Handler export, OpenPaymentsImportJobs jobs, IActorAccessor actor, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    public IReadOnlyList<OpenPaymentsImportJobs.View> Imports => jobs.All.Select(OpenPaymentsImportJobs.View.Of).ToList();

    public void OnGet()
    {
        if (Year == 0) Year = clock.GetUtcNow().Year - 1;
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await using var text = new StringWriter();
        await export.Handle(Year, text, ct);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"OP_DTL_GNRL_PGYR{Year}.csv");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        var started = await jobs.Start(file, actor.Current, ct);
        if (!started.IsSuccess)
        {
            OnGet();
            ModelState.AddModelError("file", started.Error!.Message);
            return Page();
        }
        TempData["Flash"] = $"Import of {started.Value!.File} started: its progress and report are below.";
        return RedirectToPage(new { Year });
    }

    /// <summary>The imports' progress and reports, redrawn by the page while one runs.</summary>
    public PartialViewResult OnGetProgress() => Partial("_OpenPaymentsImports", Imports);
}
