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

    /// <summary>
    /// Why these roles cannot be one account's, or null: unknown roles, or the cross-functional viewer (the commercial
    /// side of the firewall) held with a medical role, which would open HCP-level medical records to a commercial reader.
    /// </summary>
    public static string? Problem(IReadOnlyCollection<string> roles)
    {
        if (roles.FirstOrDefault(r => !IsKnown(r)) is { } unknown) return $"Unknown role '{unknown}'. Roles are: {string.Join(", ", All)}.";
        return roles.Contains(Viewer) && roles.FirstOrDefault(Medical.Contains) is { } medical
            ? $"A cross-functional viewer is on the commercial side of the firewall: the account cannot also be {Describe(medical)}. Give the person two accounts if they need both."
            : null;
    }
}
