using System.Net;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// The medical/commercial firewall as the crawl checks it for the cross-functional viewer: the HCP-level addresses a
/// medical user reaches (to open directly, as a viewer handed such a link would) and the seeded texts that must never
/// reach the viewer (call notes, follow-ups, medical-information questions, safety descriptions, attendee lists).
/// </summary>
internal sealed record ViewerFirewall(IReadOnlyList<(string Address, string Source)> Addresses, IReadOnlyList<string> Markers)
{
    private const string Source = "(direct address: a medical user's page)";

    public static async Task<ViewerFirewall> Load(TestApp app) => await app.Db(async db =>
    {
        // A signed one-to-one exchange with notes and its HCP (an event's attendees may be patient advocates, no HCP).
        var noted = await db.Interactions.Where(i => i.Notes != null && i.Status == InteractionStatus.Signed && i.Kind == InteractionKind.ScientificExchange)
            .OrderBy(i => i.OccurredAt).Select(i => i.Id).FirstAsync();
        var hcp = await db.InteractionAttendees.Where(a => a.InteractionId == noted && a.HcpId != null).Select(a => a.HcpId).FirstAsync();
        var medicalEvent = await db.MedicalEvents.OrderBy(e => e.StartsAt).Select(e => e.Id).FirstAsync();
        string[] addresses =
        [
            $"/Engagement/Interactions/Details/{noted}", $"/Engagement/Interactions/Edit/{noted}", $"/Engagement/Interactions/Amend/{noted}",
            $"/Engagement/Interactions?hcpId={hcp}", $"/Directory/Profile/{hcp}", $"/Engagement/Events/Details/{medicalEvent}",
            "/MedicalInformation/UnsolicitedRequests", "/Engagement/Transfers", "/Engagement/Plans",
        ];
        List<string?> texts =
        [
            .. await db.Interactions.Where(i => i.Notes != null).Select(i => i.Notes).Distinct().ToListAsync(),
            .. await db.FollowUps.Select(f => f.Description).Distinct().ToListAsync(),
            .. await db.UnsolicitedRequests.Select(r => r.Question).Distinct().ToListAsync(),
            .. await db.AdverseEventIntakes.Select(a => a.Description).Distinct().ToListAsync(),
        ];
        // A page may shorten a long note to an excerpt: its first 40 characters are enough to recognise it.
        var markers = texts.OfType<string>().Where(t => t.Length >= 20).Select(t => t[..Math.Min(40, t.Length)]).Distinct().ToList();
        // An interaction's own page and its attendee list, by their markup.
        markers.AddRange(["/Engagement/Interactions/Details/", "id=\"attendees\""]);
        return new ViewerFirewall(addresses.Select(a => (a, Source)).ToList(), markers);
    });

    public IEnumerable<string> Breaches(IEnumerable<PageVisit> visits) =>
        from v in visits
        let body = WebUtility.HtmlDecode(v.Body)
        from marker in Markers
        where body.Contains(marker, StringComparison.OrdinalIgnoreCase) || v.Body.Contains(marker, StringComparison.OrdinalIgnoreCase)
        select $"{v.Address.PathAndQuery} (linked from {v.Source}, {(int)v.Status}) shows the viewer HCP-level medical data: \"{marker}\"";
}
