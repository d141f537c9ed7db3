using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Territories;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;

namespace Liaison.Core.Engagement;

/// <summary>
/// Which interactions an actor sees. Commercial viewers see none (they get aggregates only). An MSL sees their own,
/// and the shared ones of HCPs in their territories (a territory's state, ZIP and ZIP-prefix rules over the practice
/// location, plus its explicit assignments: the KOL capability's territory model). An MSL manager sees their own and
/// their team's, shared or not (they coach them). Medical information, safety, compliance and admins see all.
/// </summary>
public static class EngagementAccess
{
    public static IQueryable<Interaction> VisibleTo(this IQueryable<Interaction> interactions, LiaisonDbContext db, Actor actor)
    {
        if (!actor.IsMedical()) return interactions.Where(_ => false);
        if (actor.SeesAllMedicalRecords()) return interactions;
        var me = actor.UserId ?? "";
        var leads = actor.LeadsATeam();
        var inTheField = actor.IsIn(Roles.Msl);
        var team = Team.MembersOf(db, me);
        var inMyTerritory = TerritoryMembership.IncludesHcpOwnedBy(db, me);
        // Asked per attendee (index lookups on the attendee's assignments and search entry), not the territories' whole
        // membership: an interaction list stays fast over a directory of millions.
        return interactions.Where(i => i.OwnerId == me
            || (leads && team.Contains(i.OwnerId))
            || (inTheField && i.Shared && db.InteractionAttendees
                .Where(a => a.InteractionId == i.Id && a.HcpId != null).Select(a => a.HcpId!.Value).Any(inMyTerritory)));
    }

    public static Error Firewall() =>
        Error.Forbidden("HCP-level medical interactions are behind the medical/commercial firewall; your role sees aggregates only.");
}
