using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Engagement;
using Liaison.Core.Engagement.Advocacy;
using Liaison.Core.Engagement.Calendar;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

/// <summary>Engagement in aggregate (every role, viewers included), patient advocates, and the caller's calendar feed.</summary>
public static class EngagementApi
{
    public static RouteGroupBuilder MapEngagementApi(this RouteGroupBuilder api)
    {
        api.MapGet("/engagement/summary", Summary).WithTags("Engagement").RequireAuthorization(Policies.Member)
            .WithName("EngagementSummary")
            .WithSummary("Counts and sums only (no HCP-level data): the cross-functional viewer's view of field engagement.");
        var advocates = api.MapGroup("/patient-advocates").WithTags("Engagement").RequireAuthorization(Policies.Medical);
        advocates.MapGet("/", Advocates).WithName("ListPatientAdvocates");
        advocates.MapGet("/{id:guid}", Advocate).WithName("GetPatientAdvocate");
        advocates.MapPost("/", AddAdvocate).WithName("AddPatientAdvocate").RequireAuthorization(Policies.FieldTeam)
            .WithSummary("Adds a patient-advocacy representative: 201 with its address and ETag.");
        var calendar = api.MapGroup("/calendar-feed").WithTags("Engagement").RequireAuthorization(Policies.Member);
        calendar.MapGet("/", FeedStatus).WithName("CalendarFeedStatus");
        calendar.MapPost("/", IssueFeed).WithName("IssueCalendarFeed")
            .WithSummary("A new secret iCal feed address for the caller (shown once); the previous one stops working.");
        calendar.MapDelete("/", RevokeFeed).WithName("RevokeCalendarFeed");
        return api;
    }

    public sealed record FeedAddress(string Url, string Token);

    private static async Task<Ok<EngagementSummary.View>> Summary([Range(CalendarYear.First, CalendarYear.Last)] int? year,
        EngagementSummary.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(year, ct));

    private static async Task<Results<Ok<IReadOnlyList<PatientAdvocates.View>>, ProblemHttpResult>> Advocates(
        PatientAdvocates.Handler handler, CancellationToken ct) => (await handler.List(ct)).ToOk();

    private static async Task<Results<Ok<PatientAdvocates.View>, ProblemHttpResult>> Advocate(Guid id, PatientAdvocates.Handler handler,
        HttpResponse response, CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, a => a.Version);

    private static async Task<Results<Created<PatientAdvocates.View>, ProblemHttpResult>> AddAdvocate(PatientAdvocates.Fields fields,
        PatientAdvocates.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Add(fields, ct)).ToCreated(response, a => $"/api/v1/patient-advocates/{a.Id}", a => a.Version);

    private static async Task<Ok<CalendarFeeds.Status>> FeedStatus(CalendarFeeds.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Current(ct));

    private static async Task<Results<Ok<FeedAddress>, ProblemHttpResult>> IssueFeed(CalendarFeeds.Handler handler, HttpRequest request,
        CancellationToken ct)
    {
        var token = await handler.Issue(ct);
        if (!token.IsSuccess) return ApiResults.Problem(token.Error!);
        return TypedResults.Ok(new FeedAddress(CalendarFeedEndpoint.UrlFor(request, token.Value!), token.Value!));
    }

    private static async Task<NoContent> RevokeFeed(CalendarFeeds.Handler handler, CancellationToken ct)
    {
        await handler.Revoke(ct);
        return TypedResults.NoContent();
    }
}

/// <summary>
/// <c>/calendar/{secret}.ics</c>: the iCal feed, for calendar apps that cannot send an API token. The secret in the
/// address is the credential; a revoked or unknown one is a plain 404, telling nothing.
/// </summary>
public static class CalendarFeedEndpoint
{
    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{secret}.ics", Feed).AllowAnonymous().ExcludeFromDescription();

    public static string UrlFor(HttpRequest request, string secret) => $"{request.Scheme}://{request.Host}/calendar/{secret}.ics";

    private static async Task<Results<ContentHttpResult, NotFound>> Feed(string secret, CalendarFeeds.Handler feeds,
        CalendarFeed.Handler calendar, HttpResponse response, CancellationToken ct)
    {
        if (await feeds.Resolve(secret, ct) is not { } owner) return TypedResults.NotFound();
        response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(await calendar.Handle(owner, ct), "text/calendar; charset=utf-8");
    }
}
