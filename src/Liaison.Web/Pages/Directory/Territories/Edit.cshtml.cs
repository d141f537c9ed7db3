using System.ComponentModel.DataAnnotations;
using Liaison.Core.Data;
using Liaison.Core.Directory.Territories;
using Liaison.Core.Identity;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory.Territories;

[Authorize(Policy = Policies.TerritoryManager)]
public sealed partial class EditModel(ListTerritories.Handler read, SaveTerritory.Handler save, AssignToTerritory.Handler assign, LiaisonDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty, Required, StringLength(100, MinimumLength = 2)] public string Name { get; set; } = "";
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? OwnerUserId { get; set; }
    [BindProperty] public string? Rules { get; set; }
    [BindProperty] public long Version { get; set; }
    public TerritoryView? Existing { get; private set; }
    public List<SelectListItem> Msls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is null) return Page();
        if (Existing is null) return NotFound();
        ShowExisting(Existing);
        return Page();
    }

    private void ShowExisting(TerritoryView existing)
    {
        (Name, Description, OwnerUserId, Version) = (existing.Name, existing.Description, existing.OwnerUserId, existing.Version);
        Rules = string.Join(Environment.NewLine, existing.Rules.Select(r => $"{Word(r.Kind)} {r.Value}"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var rules = ParseRules(Rules);
        if (ModelState.IsValid && rules is not null)
        {
            var fields = new SaveTerritory.Fields(Name, Description, OwnerUserId, rules);
            var result = Id is { } id ? await save.Update(id, Version, fields, ct) : await save.Create(fields, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Saved {result.Value!.Name}.";
                return RedirectToPage("Index");
            }
            result.Error!.AddTo(ModelState);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The NPI typed into the assignment form, shown again with its refusal.</summary>
    public string? AssignNpi { get; private set; }

    /// <summary>
    /// Assigns an HCP by NPI. A refusal (no NPI, not an NPI, none held) shows the page again with the NPI typed and why, beside
    /// the field: it went to a flash after a redirect, which lost what was typed and told an empty NPI as "An HCP with NPI  ".
    /// </summary>
    public async Task<IActionResult> OnPostAssignAsync([Display(Name = "NPI")] string? npi, CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        npi = npi?.Trim();
        // A refusal of the NPI as posted (a NUL taken out of it, NulFreePageRequests) comes first: what is left may read as an NPI.
        var unread = ModelState.TryGetValue("npi", out var posted) && posted.Errors is [var refused, ..] ? refused.ErrorMessage
            : string.IsNullOrEmpty(npi) ? "Enter the NPI of the HCP to assign."
            : !NpiShape().IsMatch(npi) ? $"“{(npi.Length > 20 ? npi[..20] + "…" : npi)}” is not an NPI (10 digits)." : null;
        var hcp = unread is null ? await db.Hcps.Where(h => h.Npi == npi).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct) : null;
        var result = unread is not null ? Core.Common.Error.Invalid("npi", unread)
            : hcp is { } h ? await assign.Assign(id, h, ct)
            : Core.Common.Error.NotFound($"An HCP with NPI {npi}");
        if (result.IsSuccess)
        {
            TempData.Tell(result, _ => $"Assigned NPI {npi}.");
            return RedirectToPage("Edit", new { id });
        }
        // The territory's own fields are not posted with this form: they are shown as held, not refused as empty.
        ModelState.Clear();
        ModelState.AddModelError("npi", result.Error!.Message);
        AssignNpi = npi;
        await LoadAsync(ct);
        if (Existing is null) return NotFound();
        ShowExisting(Existing);
        return Page();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{10}$")]
    private static partial System.Text.RegularExpressions.Regex NpiShape();

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Id is { } id) Existing = (await read.Get(id, ct)).Value;
        Msls = await (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.Msl orderby u.DisplayName select new SelectListItem($"{u.DisplayName} ({u.Email})", u.Id)).ToListAsync(ct);
    }

    private List<TerritoryRuleView>? ParseRules(string? text)
    {
        var rules = new List<TerritoryRuleView>();
        foreach (var part in (text ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            TerritoryRuleKind? kind = words.Length != 2 ? null : words[0].ToLowerInvariant() switch
            {
                "state" => TerritoryRuleKind.State, "zip" => TerritoryRuleKind.Zip, "prefix" => TerritoryRuleKind.ZipPrefix, _ => null,
            };
            if (kind is null)
            {
                ModelState.AddModelError(nameof(Rules), $"'{part}' is not a rule: write state MA, zip 02115 or prefix 021.");
                return null;
            }
            rules.Add(new TerritoryRuleView(kind.Value, words[1]));
        }
        return rules;
    }

    private static string Word(TerritoryRuleKind kind) => kind switch
    {
        TerritoryRuleKind.State => "state", TerritoryRuleKind.Zip => "zip", _ => "prefix",
    };
}
