using System.Text.Json;
using Liaison.Core.Directory.Privacy;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Directory.Privacy;

/// <summary>Everything held about a person as a JSON download (medical roles and admin), as GET /api/v1/hcps/{id}/export.</summary>
[Authorize(Policy = Policies.Medical)]
public sealed class ExportModel(ExportHcpData.Handler export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await export.Handle(id, ct);
        if (!result.IsSuccess) return NotFound();
        var json = JsonSerializer.SerializeToUtf8Bytes(result.Value, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        return File(json, "application/json", $"hcp-{id}.json");
    }
}
