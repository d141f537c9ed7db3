using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Transfers;

[Authorize(Policy = Policies.TransparencyOfficer)]
public sealed class CapsModel(TransferCaps.Handler caps) : PageModel
{
    [BindProperty] public CapFields Input { get; set; } = new();
    public IReadOnlyList<CapView> Caps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Caps = await caps.List(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Caps = await caps.List(ct);
            return Page();
        }
        await caps.Set(Input, ct);
        TempData["Flash"] = "Cap saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        await caps.Remove(id, ct);
        TempData["Flash"] = "Cap removed.";
        return RedirectToPage();
    }
}
