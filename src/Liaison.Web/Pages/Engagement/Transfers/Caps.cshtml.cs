using Liaison.Core.Common;
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

    /// <summary>The form field holding a listed cap's version as the page was read: setting that cap changes that version.</summary>
    public static string VersionField(PaymentNature? nature) => $"version-{nature?.ToString() ?? "All"}";

    public async Task OnGetAsync(CancellationToken ct) => Caps = await caps.List(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            // No version listed for this nature: the page showed no cap for it, so the set creates one.
            var listed = long.TryParse(Request.Form[VersionField(Input.Nature)].ToString(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (long?)null;
            var result = await caps.Set(Input, listed, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = "Cap saved.";
                return RedirectToPage();
            }
            Refused(result.Error!).AddTo(ModelState);
        }
        Caps = await caps.List(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, long version, CancellationToken ct)
    {
        var result = await caps.Remove(id, version, ct);
        TempData.Tell(result.IsSuccess ? result : (Result<CapView>)Refused(result.Error!), _ => "Cap removed.");
        return RedirectToPage();
    }

    // The page sends the versions it listed, not an If-Match header: say what happened in its terms.
    private static Error Refused(Error error) => error.Kind is ErrorKind.PreconditionFailed or ErrorKind.PreconditionRequired
        ? Error.Conflict("The caps were changed by someone else since this page was read: check them below and set yours again.")
        : error;
}
