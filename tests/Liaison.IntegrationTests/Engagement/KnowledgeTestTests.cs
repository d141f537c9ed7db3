using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// An event's knowledge test takes only askable questions, under the event's ETag; answers are scored only when they are
/// choices, and only attendees (checked in or walked in) are scored or give feedback.
/// </summary>
public abstract partial class KnowledgeTestTests(TestApp app)
{
    private static readonly object[] GoodTest =
    [
        new { text = "Which HER2 status is HER2-low?", choices = new[] { "IHC 0", "IHC 1+" }, correctChoice = 1 },
        new { text = "Which AE needs monitoring?", choices = new[] { "ILD", "Gout" }, correctChoice = 0 },
    ];

    /// <summary>A held event (yesterday) of <paramref name="msl"/> with one HCP only registered and one walked in.</summary>
    private async Task<(string Url, string ETag, Guid Registered, Guid Attended)> HeldEvent(HttpClient msl)
    {
        var (registeredHcp, _) = await Hcp(app);
        var (walkInHcp, _) = await Hcp(app);
        var starts = Yesterday(app);
        var (ev, etag) = await Created(await msl.PostJson("/api/v1/events", new
        {
            kind = "EducationalSession", title = "Knowledge test session", startsAt = starts, endsAt = starts.AddHours(2), channel = "InPerson", status = "Held",
        }));
        var url = $"/api/v1/events/{ev["id"]}";
        await ConsentToInvitations(app, "Email", registeredHcp);
        var invited = await Json.Read(await msl.PostJson(url + "/invitations", new { hcpIds = new[] { registeredHcp } }));
        var registered = Guid.Parse(invited["participants"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await msl.PostJson($"{url}/participants/{registered}/registration", new { })).StatusCode);
        var walkedIn = await Json.Read(await msl.PostJson(url + "/walk-ins", new { hcpIds = new[] { walkInHcp } }));
        var attended = Guid.Parse(walkedIn["participants"]!.AsArray().First(p => p!["walkIn"]!.GetValue<bool>())!["id"]!.GetValue<string>());
        return (url, etag, registered, attended);
    }

    [Theory]
    [InlineData("[\"\",\"\"]", 0)]
    [InlineData("[\"4\",\"4\"]", 0)]
    [InlineData("[\"4\",\" \"]", 0)]
    [InlineData("[\"3\",\"4\"]", 2)]
    public async Task Empty_duplicate_or_unmarked_choices_are_a_400_naming_the_question(string choices, int correct)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (url, etag, _, _) = await HeldEvent(msl);
        var body = $"[{{\"text\":\"What is 2+2?\",\"choices\":{choices},\"correctChoice\":{correct}}}]";
        var request = new HttpRequestMessage(HttpMethod.Put, url + "/knowledge-test") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await msl.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Question 1", (await Json.Read(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_choice_longer_than_a_question_may_be_is_a_400()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (url, etag, _, _) = await HeldEvent(msl);
        var response = await Send(msl, HttpMethod.Put, url + "/knowledge-test", etag,
            new[] { new { text = "What is 2+2?", choices = new[] { new string('4', 100_000), "5" }, correctChoice = 0 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_test_is_replaced_only_with_the_events_current_etag_which_the_change_moves_on()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (url, etag, _, _) = await HeldEvent(msl);
        Assert.Equal((HttpStatusCode)428, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", null, GoodTest)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", "\"99\"", GoodTest)).StatusCode);

        var saved = await Send(msl, HttpMethod.Put, url + "/knowledge-test", etag, GoodTest);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", etag, GoodTest)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", saved.Headers.ETag!.Tag, GoodTest)).StatusCode);
    }

    [Fact]
    public async Task Answers_that_are_no_choice_an_undefined_phase_or_both_answers_and_a_count_are_a_400()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (url, etag, _, attended) = await HeldEvent(msl);
        Assert.Equal(HttpStatusCode.OK, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", etag, GoodTest)).StatusCode);
        var scores = $"{url}/participants/{attended}/scores";

        var outOfRange = await msl.PostJson(scores, new { phase = "Pre", answers = new[] { 5, -3 } });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.NotNull((await Json.Read(outOfRange))["errors"]!["answers[0]"]);
        var both = await msl.PostJson(scores, new { phase = "Pre", answers = new[] { 1, 0 }, correct = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.NotNull((await Json.Read(both))["errors"]!["correct"]);
        var phase7 = await msl.PostAsync(scores, new StringContent("{\"phase\":7,\"correct\":1}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, phase7.StatusCode);

        var scored = await Json.Read(await msl.PostJson(scores, new { phase = "Pre", answers = new[] { 1, 1 } }));
        Assert.Equal(50.0, scored["participants"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == attended.ToString())!["preScore"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_participant_only_registered_is_neither_scored_nor_gives_feedback()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (url, etag, registered, attended) = await HeldEvent(msl);
        Assert.Equal(HttpStatusCode.OK, (await Send(msl, HttpMethod.Put, url + "/knowledge-test", etag, GoodTest)).StatusCode);

        var score = await msl.PostJson($"{url}/participants/{registered}/scores", new { phase = "Pre", correct = 1 });
        Assert.Equal(HttpStatusCode.Conflict, score.StatusCode);
        Assert.Contains("has not checked in", (await Json.Read(score))["detail"]!.GetValue<string>());
        var feedback = await msl.PostJson($"{url}/participants/{registered}/feedback", new { overall = 5, relevance = 5, speakerQuality = 5 });
        Assert.Equal(HttpStatusCode.Conflict, feedback.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await msl.PostJson($"{url}/participants/{attended}/feedback", new { overall = 4, relevance = 4, speakerQuality = 4 })).StatusCode);
        var outcome = (await Json.Read(await msl.GetAsync(url)))["outcome"]!;
        Assert.Equal(1, outcome["feedbackForms"]!.GetValue<int>());
        Assert.Equal(0, outcome["testedBoth"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_event_page_reports_a_question_without_its_correct_choice_and_keeps_what_was_typed()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (url, _, _, _) = await HeldEvent(msl.Api);
        var page = url.Replace("/api/v1/events/", "/Engagement/Events/Details/", StringComparison.Ordinal);
        async Task<HttpResponseMessage> Save(string questions)
        {
            var form = await msl.Pages.GetStringAsync(page);
            return await msl.Pages.PostAsync(page + "?handler=Questions", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
                ["version"] = VersionField().Match(form).Groups[1].Value, ["questions"] = questions,
            }));
        }

        // No "*": once read as "the first choice is correct" and saved so.
        var unmarked = await Save("Which HER2 status is HER2-low?\nIHC 0\nIHC 1+");
        Assert.Equal(HttpStatusCode.OK, unmarked.StatusCode);
        var html = WebUtility.HtmlDecode(await unmarked.Content.ReadAsStringAsync());
        Assert.Contains("Question 1 (“Which HER2 status is HER2-low?”): put * before the correct choice.", html);
        Assert.Contains("IHC 0\nIHC 1+</textarea>", html);
        var twice = WebUtility.HtmlDecode(await (await Save("What is 2+2?\n*4\n4")).Content.ReadAsStringAsync());
        Assert.Contains("choices 1 and 2 are the same", twice);
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        Assert.Equal(0, await app.Db(db => db.KnowledgeQuestions.CountAsync(q => q.EventId == id)));

        var saved = await Save("What is 2+2?\n3\n*4");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.Db(db => db.KnowledgeQuestions.CountAsync(q => q.EventId == id && q.CorrectChoice == 1)));
    }

    [Fact]
    public async Task A_refused_invitation_is_shown_as_an_error_beside_its_form_with_the_npis_as_typed()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (url, _, _, _) = await HeldEvent(msl.Api);
        var page = url.Replace("/api/v1/events/", "/Engagement/Events/Details/", StringComparison.Ordinal);
        var form = await msl.Pages.GetStringAsync(page);
        var refused = await msl.Pages.PostAsync(page + "?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["npis"] = "1234567893 12345", ["channel"] = "Email",
        }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var invite = html[html.IndexOf("id=\"invite\"", StringComparison.Ordinal)..html.IndexOf("id=\"test\"", StringComparison.Ordinal)];
        Assert.Contains("role=\"alert\"", invite);
        Assert.Contains("“12345” is not an NPI (10 digits).", invite);
        Assert.Contains(">1234567893 12345</textarea>", invite);
        Assert.DoesNotContain("class=\"flash\"", html);

        // A refusal told across a redirect reads as one: an alert, not the green "done" line.
        var moved = await msl.Pages.PostAsync(page + "?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["participantId"] = Guid.NewGuid().ToString(), ["step"] = "checkin",
        }));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = WebUtility.HtmlDecode(await msl.Pages.GetStringAsync(moved.Headers.Location!.OriginalString));
        Assert.Contains("<h2>Not done</h2>", after);
        Assert.DoesNotContain("class=\"flash\"", after);
    }

    [Theory]
    [InlineData("9", "A rating is from 1 to 5.")]
    [InlineData("lots", "The value 'lots' is not valid for Overall.")]
    public async Task A_refused_feedback_form_comes_back_beside_itself_with_what_was_typed(string overall, string why)
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (url, _, _, attended) = await HeldEvent(msl.Api);
        var page = url.Replace("/api/v1/events/", "/Engagement/Events/Details/", StringComparison.Ordinal);
        var form = await msl.Pages.GetStringAsync(page);
        const string comments = "The case on slide 12 was the most useful part; more time for questions, please.";
        var refused = await msl.Pages.PostAsync(page + "?handler=Feedback", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["participantId"] = attended.ToString(), ["form.Overall"] = overall, ["form.Relevance"] = "3", ["form.SpeakerQuality"] = "5",
            ["form.Comments"] = comments, // "Would recommend" left unticked
        }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var feedback = html[html.IndexOf("id=\"feedback\"", StringComparison.Ordinal)..];
        Assert.Contains("role=\"alert\"", feedback);
        Assert.Matches($"<input id=\"fb-Overall\" name=\"form.Overall\"[^>]*value=\"{overall}\"[^>]*aria-invalid=\"true\"", feedback);
        Assert.Contains("<span class=\"field-error\" id=\"form_Overall-error\">", feedback);
        Assert.Contains(why, System.Text.RegularExpressions.Regex.Match(feedback, "id=\"form_Overall-error\">([^<]*)<").Groups[1].Value);
        Assert.Matches("name=\"form.Relevance\"[^>]*value=\"3\"", feedback);
        Assert.Contains($">{comments}</textarea>", feedback);
        Assert.DoesNotMatch("<input id=\"fb-rec\"[^>]*checked", feedback);
        Assert.Matches($"<option value=\"{attended}\" selected", feedback);
        Assert.DoesNotContain("class=\"flash\"", html);
        Assert.Equal(0, (await Json.Read(await msl.Api.GetAsync(url)))["outcome"]!["feedbackForms"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("7", "The number correct is from 0 to 2, the number of questions")]
    [InlineData("two", "The value 'two' is not valid")]
    public async Task A_refused_score_comes_back_on_its_own_field_as_typed(string correct, string why)
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (url, etag, _, attended) = await HeldEvent(msl.Api);
        Assert.Equal(HttpStatusCode.OK, (await Send(msl.Api, HttpMethod.Put, url + "/knowledge-test", etag, GoodTest)).StatusCode);
        var page = url.Replace("/api/v1/events/", "/Engagement/Events/Details/", StringComparison.Ordinal);
        var form = await msl.Pages.GetStringAsync(page);
        var refused = await msl.Pages.PostAsync(page + "?handler=Score", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["participantId"] = attended.ToString(), ["phase"] = "Post", ["correct"] = correct,
        }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var field = $"s-{attended}-Post";
        Assert.Matches($"<input id=\"{field}\" name=\"correct\"[^>]*value=\"{correct}\"[^>]*aria-invalid=\"true\" aria-describedby=\"{field}-error\"", html);
        Assert.Contains(why, Regex.Match(html, $"id=\"{field}-error\">([^<]*)<").Groups[1].Value);
        Assert.Contains($"<li data-field=\"{field}\">", html); // the summary above the participants links to the field
        Assert.Single(Regex.Matches(html, "aria-invalid=\"true\""));
        Assert.DoesNotContain("class=\"flash\"", html);
        var scored = (await Json.Read(await msl.Api.GetAsync(url)))["participants"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == attended.ToString());
        Assert.Null(scored!["postScore"]);
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();
}

public sealed class KnowledgeTestOnSqlite(SqliteApp app) : KnowledgeTestTests(app), IClassFixture<SqliteApp>;

public sealed class KnowledgeTestOnPostgres(PostgresApp app) : KnowledgeTestTests(app), IClassFixture<PostgresApp>;
