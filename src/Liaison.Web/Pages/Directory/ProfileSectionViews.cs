namespace Liaison.Web.Pages.Directory;

/// <summary>The partial that renders a contributed profile section, by the section's key; others show as data.</summary>
public static class ProfileSectionViews
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["kol-evidence"] = "Sections/_KolEvidence",
        ["territories"] = "Sections/_Territories",
        ["consents"] = "Sections/_Consents",
        ["change-requests"] = "Sections/_ChangeRequests",
        ["interactions"] = "ProfileSections/_interactions",
        ["transfers-of-value"] = "ProfileSections/_transfers-of-value",
    };

    public static string? For(string key) => Partials.GetValueOrDefault(key);
}
