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
        var myTerritories = db.Territories.Where(t => t.OwnerUserId == me).Select(t => t.Id);
        var myRules = db.TerritoryRules.Where(r => myTerritories.Contains(r.TerritoryId));
        // Correlated per attendee (index lookups on the attendee's search entry and assignments), not the territory's
        // whole membership: an interaction list stays fast over a directory of millions. Same rules as TerritoryMembership.
        return interactions.Where(i => i.OwnerId == me
            || (leads && team.Contains(i.OwnerId))
            || (inTheField && i.Shared && db.InteractionAttendees.Any(a => a.InteractionId == i.Id && a.HcpId != null
                && (db.TerritoryAssignments.Any(t => t.HcpId == a.HcpId && myTerritories.Contains(t.TerritoryId))
                    || db.HcpSearchEntries.Any(e => e.HcpId == a.HcpId && myRules.Any(r =>
                        (r.Kind == TerritoryRuleKind.State && r.Value == e.State)
                        || (r.Kind == TerritoryRuleKind.Zip && r.Value == e.Zip5)
                        || (r.Kind == TerritoryRuleKind.ZipPrefix && e.Zip5 != null && e.Zip5.StartsWith(r.Value))))))));
    }

    public static Error Firewall() =>
        Error.Forbidden("HCP-level medical interactions are behind the medical/commercial firewall; your role sees aggregates only.");
}
