using Liaison.Web.Security;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// The capability areas of PRODUCT.md §2 as navigation. Each item names the policy that may open it, so the
/// menu never offers a page the user would be refused.
/// </summary>
public static class Navigation
{
    public sealed record Item(string Title, string Page, string Policy);
    public sealed record Section(string Title, IReadOnlyList<Item> Items);

    /// <summary>The item is the current page, or the index of the folder the current page is in.</summary>
    public static bool IsActive(string? currentPage, Item item)
    {
        if (currentPage is null) return false;
        if (string.Equals(currentPage, item.Page, StringComparison.OrdinalIgnoreCase)) return true;
        if (item.Page == "/Index" || !item.Page.EndsWith("/Index", StringComparison.Ordinal)) return false;
        var folder = item.Page[..^"Index".Length];
        return currentPage.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
               && !Sections.SelectMany(s => s.Items).Any(other => other != item && other.Page.Length > item.Page.Length
                   && currentPage.StartsWith(other.Page[..^"Index".Length], StringComparison.OrdinalIgnoreCase));
    }

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("Overview", [new("Dashboard", "/Index", Policies.Member)]),
        new("HCPs",
        [
            new("HCP directory", "/Directory/Index", Policies.Member),
            new("Territories", "/Directory/Territories/Index", Policies.Medical),
            new("Evidence review", "/Directory/Evidence/Review", Policies.FieldMedical),
            new("Change requests", "/Directory/ChangeRequests/Index", Policies.FieldMedical),
            new("KOL tiers", "/Directory/Kol/Thresholds", Policies.Admin),
        ]),
        new("Field engagement",
        [
            new("Interactions", "/Engagement/Interactions/Index", Policies.Medical),
            new("Events", "/Engagement/Events/Index", Policies.Medical),
            new("Engagement plans", "/Engagement/Plans/Index", Policies.Medical),
            new("Content library", "/Engagement/Content/Index", Policies.Medical),
            new("Transfers of value", "/Engagement/Transfers/Index", Policies.Medical),
            new("Unsolicited requests", "/MedicalInformation/UnsolicitedRequests", Policies.Medical),
            new("Engagement summary", "/Engagement/Summary", Policies.Member),
            new("My calendar feed", "/Engagement/Calendar", Policies.Member),
        ]),
        new("Reference data",
        [
            new("Products", "/Products/Index", Policies.Member),
            new("Therapeutic areas", "/Products/Areas/Index", Policies.Member),
        ]),
        new("Impact", [new("Initiatives", "/Impact/Index", Policies.ImpactResults)]),
        new("Compliance",
        [
            new("Audit trail", "/Compliance/Audit", Policies.AuditReader),
            new("Open Payments", "/Engagement/Transfers/OpenPayments", Policies.TransparencyOfficer),
        ]),
        new("Administration",
        [
            new("Users", "/Admin/Users/Index", Policies.Admin),
            new("Directory imports", "/Admin/DirectoryImports", Policies.Admin),
            new("API tokens", "/Admin/Tokens", Policies.Admin),
        ]),
        new("My account",
        [
            new("Change password", "/Account/Password", Policies.Member),
            new("My API tokens", "/Account/Tokens", Policies.Member),
            new("API reference", "/ApiReference", Policies.Member),
        ]),
    ];
}
