using Liaison.Core.Common;

namespace Liaison.Core.Identity;

/// <summary>
/// The medical/commercial firewall as use cases check it (defence in depth behind the web policies): who may see
/// HCP-level medical records, and whose interactions an MSL sees.
/// </summary>
public static class ActorAccess
{
    /// <summary>On the medical side of the firewall: may see HCP-level interactions, notes and requests.</summary>
    public static bool IsMedical(this Actor actor) => Roles.Medical.Any(actor.IsIn);

    /// <summary>Sees every medical record, not only their own and shared ones (managers, compliance, ...).</summary>
    public static bool SeesAllMedicalRecords(this Actor actor) => actor.IsMedical() && !(actor.IsIn(Roles.Msl)
        && !actor.IsIn(Roles.MslManager) && !actor.IsIn(Roles.Compliance) && !actor.IsIn(Roles.Admin)
        && !actor.IsIn(Roles.MedicalInformation) && !actor.IsIn(Roles.Safety));
}
