using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.MedicalInformation;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web.Pages.MedicalInformation;

/// <summary>Unsolicited requests: recording one (with the attestation) and the latest ones.</summary>
[Authorize(Policy = Policies.Medical)]
public sealed class UnsolicitedRequestsModel(ListUnsolicitedRequests.Handler list, RecordUnsolicitedRequest.Handler record,
    InteractionChoices.Handler choices, ListProducts.Handler products) : PageModel
{
    [BindProperty, Required, Display(Name = "Requester (NPI)")] public string Npi { get; set; } = "";
    [BindProperty] public RecordUnsolicitedRequest.Command Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public Paged<UnsolicitedRequestView> Requests { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<SelectListItem> ProductOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The requester comes from the NPI, never from the form: its "required" error would only repeat the NPI's.
        ModelState.Remove("Input.RequesterHcpId");
        var hcp = await choices.HcpsByNpi(Npi, ct);
        if (!hcp.IsSuccess || hcp.Value!.Count != 1)
        {
            if (!string.IsNullOrWhiteSpace(Npi)) ModelState.AddModelError(nameof(Npi), hcp.Error?.Message ?? "Give one NPI.");
        }
        // The same rules as the use case's, with what it cannot see: a value the binder could not read, or that held a NUL.
        else if (ModelState.IsValid)
        {
            var result = await record.Handle(Input with { RequesterHcpId = hcp.Value[0] }, ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = "Unsolicited request recorded. An interaction answering it may now carry off-label material.";
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState, nameof(Input));
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Requests = (await list.Handle(new ListUnsolicitedRequests.Query(), new PageRequest { Page = Math.Max(1, PageNumber), PageSize = 50 }, ct))
            .Value ?? Requests;
        ProductOptions = (await products.Handle(new ListProducts.Query(), new PageRequest { PageSize = PageRequest.MaxPageSize }, ct)).Items
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
    }
}
