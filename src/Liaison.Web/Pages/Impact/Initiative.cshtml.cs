using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Impact;

/// <summary>An initiative and its analysis, recomputed from the raw rows on every visit (seconds at most).</summary>
[Authorize(Policy = Policies.ImpactResults)]
public sealed class InitiativeModel(ListInitiatives.Handler initiatives, AnalyzeInitiative.Handler analyze,
    ExposuresFromEvents.Handler fromEvents, IAuthorizationService auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Slug { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Design { get; set; }

    public InitiativeView? Initiative { get; private set; }
    public ImpactResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public string? ChartSvg { get; private set; }
    /// <summary>For initiative designers on an HCP initiative: events whose attendance can become the exposures.</summary>
    public IReadOnlyList<ExposuresFromEvents.EventChoice>? EventChoices { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await initiatives.GetBySlug(Slug, ct);
        if (!found.IsSuccess) return NotFound();
        Initiative = found.Value!;
        if (Initiative.TargetKind == "hcp" && (await auth.AuthorizeAsync(User, Policies.InitiativeDesigner)).Succeeded)
            EventChoices = await fromEvents.Choices(Initiative.Id, 100, ct);
        var result = await analyze.Handle(Initiative.Id, new AnalysisOverrides(Design: Design), ct);
        if (result.IsSuccess)
        {
            Result = result.Value!;
            ChartSvg = EventStudyChart.Svg(Result);
        }
        else Problem = result.Error!.Message;
        return Page();
    }

    /// <summary>The picked events' attendance becomes the exposures; the page reloads with the recomputed analysis.</summary>
    public async Task<IActionResult> OnPostExposuresAsync(List<Guid> eventIds, CancellationToken ct)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.InitiativeDesigner)).Succeeded) return Forbid();
        var found = await initiatives.GetBySlug(Slug, ct);
        if (!found.IsSuccess) return NotFound();
        var result = await fromEvents.Handle(found.Value!.Id, new ExposuresFromEvents.Command(eventIds), ct);
        TempData.Tell(result, r => $"Exposures taken from {Counted.Of(r.Events, "event")}: {Counted.Of(r.Targets, "attendee")} listed" +
            (r.WithoutOutcomes > 0 ? $", {r.WithoutOutcomes:N0} left out (no outcome rows)" : "") +
            (r.AlreadyListed > 0 ? $", {r.AlreadyListed:N0} already listed from a file" : "") + ".");
        return RedirectToPage(new { Slug });
    }

    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken ct)
    {
        var found = await initiatives.GetBySlug(Slug, ct);
        if (!found.IsSuccess) return NotFound();
        var result = await analyze.Handle(found.Value!.Id, new AnalysisOverrides(Design: Design), ct);
        if (!result.IsSuccess) return BadRequest(result.Error!.Message);
        var r = result.Value!;
        var name = $"{Slug}-impact";
        if (ImpactExport.File(r, format, name) is { } file) return File(file.Content, file.ContentType, file.FileName);
        return format == "json"
            ? File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(r, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }),
                "application/json", $"{name}.json")
            : NotFound();
    }

    public static string Pct(double? v) =>
        v is { } x && double.IsFinite(x) ? (x * 100).ToString("+0.0;−0.0;0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public static string Num(double? v) =>
        v is { } x && double.IsFinite(x) ? x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
