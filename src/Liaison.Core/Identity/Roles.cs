namespace Liaison.Core.Identity;

/// <summary>The seven roles of PRODUCT.md §1, named as in the UI, the API and the CLI.</summary>
public static class Roles
{
    public const string Msl = "msl";
    public const string MslManager = "msl-manager";
    public const string MedicalInformation = "medical-information";
    public const string Safety = "safety";
    public const string Compliance = "compliance";
    public const string Viewer = "viewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Msl, MslManager, MedicalInformation, Safety, Compliance, Viewer, Admin];

    /// <summary>Roles on the medical side of the firewall: they may see HCP-level medical interactions.</summary>
    public static readonly IReadOnlyList<string> Medical =
        [Msl, MslManager, MedicalInformation, Safety, Compliance, Admin];

    public static string Describe(string role) => role switch
    {
        Msl => "Medical Science Liaison",
        MslManager => "MSL manager",
        MedicalInformation => "Medical Information",
        Safety => "Safety (pharmacovigilance)",
        Compliance => "Compliance",
        Viewer => "Cross-functional viewer",
        Admin => "Administrator",
        _ => role,
    };

    public static bool IsKnown(string role) => All.Contains(role);
}
