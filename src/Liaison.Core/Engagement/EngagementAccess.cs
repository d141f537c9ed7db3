using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;

namespace Liaison.Core.Engagement;

/// <summary>
/// Which interactions an actor sees. Commercial viewers see none (they get aggregates only); MSLs see their own and
/// shared ones; managers, medical information, safety, compliance and admins see all. Territories (KOL capability)
/// will narrow "shared" to the MSL's territory.
/// </summary>
public static class EngagementAccess
{
    public static IQueryable<Interaction> VisibleTo(this IQueryable<Interaction> interactions, Actor actor)
    {
        if (!actor.IsMedical()) return interactions.Where(_ => false);
        if (actor.SeesAllMedicalRecords()) return interactions;
        var me = actor.UserId ?? "";
        return interactions.Where(i => i.OwnerId == me || i.Shared);
    }

    public static Error Firewall() =>
        Error.Forbidden("HCP-level medical interactions are behind the medical/commercial firewall; your role sees aggregates only.");
}
