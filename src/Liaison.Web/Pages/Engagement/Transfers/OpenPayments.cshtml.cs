using System.Text;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

/// <summary>Compliance's Open Payments desk: the year's export, and importing public files about other companies' payments.</summary>
[Authorize(Policy = Policies.TransparencyOfficer)]
public sealed class OpenPaymentsModel(OpenPaymentsExport.Handler export, ImportOpenPayments.Handler import, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public ImportOpenPayments.Report? Report { get; private set; }

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
        if (Year == 0) Year = clock.GetUtcNow().Year - 1;
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose an Open Payments CSV file.");
            return Page();
        }
        var path = Path.Combine(Path.GetTempPath(), $"liaison-op-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var target = System.IO.File.Create(path)) await file.CopyToAsync(target, ct);
            var (report, problem) = await import.Handle(path, null, ct);
            if (report is null) ModelState.AddModelError("file", problem!.Replace(path, file.FileName, StringComparison.Ordinal));
            else Report = report with { File = file.FileName };
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        return Page();
    }
}
