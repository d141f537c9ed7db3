using Liaison.Core.Common;

namespace Liaison.Core.Identity;

/// <summary>
/// The medical/commercial firewall as use cases check it (defence in depth behind the web policies): who may see
/// HCP-level medical records, and whose records an MSL or a manager sees.
/// </summary>
public static class ActorAccess
{
    /// <summary>On the medical side of the firewall: may see HCP-level interactions, notes and requests.</summary>
    public static bool IsMedical(this Actor actor) => Roles.Medical.Any(actor.IsIn);

    /// <summary>
    /// Sees every medical record: compliance (reviews everything), medical information and safety (answer requests and
    /// follow up cases whoever logged them) and admins. MSLs see their own and their territory's shared records, MSL
    /// managers their team's (<see cref="LeadsATeam"/>).
    /// </summary>
    public static bool SeesAllMedicalRecords(this Actor actor) =>
        actor.IsIn(Roles.Compliance) || actor.IsIn(Roles.Admin) || actor.IsIn(Roles.MedicalInformation) || actor.IsIn(Roles.Safety);

    /// <summary>An MSL manager: sees the records of the users who report to them (<see cref="LiaisonUser.ManagerId"/>).</summary>
    public static bool LeadsATeam(this Actor actor) => actor.IsIn(Roles.MslManager);
}
