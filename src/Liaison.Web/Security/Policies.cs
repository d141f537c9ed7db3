using Liaison.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Liaison.Web.Security;

/// <summary>
/// Who may do what, by role. Pages and endpoint groups name a policy here; nothing checks role names
/// elsewhere, so the whole access model reads on one screen.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user with a Liaison role: reference data such as products.</summary>
    public const string Member = "member";
    /// <summary>Reference data, users, tokens, imports, backups.</summary>
    public const string Admin = "admin";
    /// <summary>The audit trail.</summary>
    public const string AuditReader = "audit-reader";
    /// <summary>A data subject's export: everything held about a person, every user's records and the audit trail about
    /// them, so the privacy office's (compliance) and the admin's only; each field user reads their own records.</summary>
    public const string DataSubjectExport = "data-subject-export";
    /// <summary>HCP-level medical data: the medical side of the medical/commercial firewall.</summary>
    public const string Medical = "medical";
    /// <summary>Logging interactions, planning engagement, organising events: the field team.</summary>
    public const string FieldTeam = "field-team";
    /// <summary>Recording transfers of value to HCPs.</summary>
    public const string TransferRecorder = "transfer-recorder";
    /// <summary>The content library: uploading materials and setting their approval, expiry and label status.</summary>
    public const string ContentManager = "content-manager";
    /// <summary>Open Payments export and import, annual transfer caps.</summary>
    public const string TransparencyOfficer = "transparency-officer";
    /// <summary>The team's engagement plans at once (the manager view).</summary>
    public const string TeamLead = "team-lead";
    /// <summary>Field medical work on HCP records: reviewing evidence links, proposing data changes, recording consent.</summary>
    public const string FieldMedical = "field-medical";
    /// <summary>Territories and their MSL owners.</summary>
    public const string TerritoryManager = "territory-manager";

    /// <summary>Initiative results: aggregates only, so the cross-functional viewer sees them too.</summary>
    public const string ImpactResults = "impact-results";
    /// <summary>Designing initiatives and importing their outcome data.</summary>
    public const string InitiativeDesigner = "initiative-designer";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireRole(Roles.All));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(AuditReader, p => p.RequireRole(Roles.Compliance, Roles.Admin));
        options.AddPolicy(DataSubjectExport, p => p.RequireRole(Roles.Compliance, Roles.Admin));
        options.AddPolicy(Medical, p => p.RequireRole(Roles.Medical));
        options.AddPolicy(FieldTeam, p => p.RequireRole(Roles.Msl, Roles.MslManager));
        options.AddPolicy(TransferRecorder, p => p.RequireRole(Roles.Msl, Roles.MslManager, Roles.Compliance, Roles.Admin));
        options.AddPolicy(ContentManager, p => p.RequireRole(Roles.MedicalInformation, Roles.Admin));
        options.AddPolicy(TransparencyOfficer, p => p.RequireRole(Roles.Compliance, Roles.Admin));
        options.AddPolicy(TeamLead, p => p.RequireRole(Roles.MslManager, Roles.Compliance, Roles.Admin));
        options.AddPolicy(FieldMedical, p => p.RequireRole(Roles.Msl, Roles.MslManager, Roles.Admin));
        options.AddPolicy(TerritoryManager, p => p.RequireRole(Roles.MslManager, Roles.Admin));
        options.AddPolicy(ImpactResults, p => p.RequireRole(Roles.All));
        options.AddPolicy(InitiativeDesigner, p => p.RequireRole(Roles.MslManager, Roles.Admin));
        // Every page needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
