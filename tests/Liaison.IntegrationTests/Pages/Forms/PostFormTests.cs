using System.Diagnostics;
using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Pages.Crawl;
using Xunit.Abstractions;

namespace Liaison.IntegrationTests.Pages.Forms;

/// <summary>
/// Every POST form each role reaches on the demo workspace (found by the page crawl, one form per action and handler),
/// submitted with hostile values: fields emptied, numbers and dates that are no numbers or dates (all at once, and one
/// alone), 10,000 characters, characters outside the BMP, a NUL, a list value not among the options; a form with nothing to
/// type is submitted as it is. None fails: each is refused in words with what was typed kept (a NUL refused field by field,
/// taken out of what is shown), or legitimately succeeds. Forms that destroy, decide or end the session are listed, not submitted.
/// </summary>
public abstract class PostFormTests(DemoWorkspaceApp demo, ITestOutputHelper output)
{
    public static TheoryData<string> AllRoles => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Every_post_form_the_role_reaches_refuses_hostile_values_in_words_and_keeps_what_was_typed(string role)
    {
        var app = demo.App;
        var pages = await demo.SignIn(role);
        var access = new PageAccess(app.App.Services);
        var clock = Stopwatch.StartNew();
        // Two addresses per route pattern find each form, often both a new record's and an existing one's.
        var visits = await new PageCrawler(pages, access.PatternOf, perPattern: 2).Crawl(PageCrawler.MenuRoots());
        var crawled = clock.Elapsed;

        var forms = new Dictionary<string, PostForm>(StringComparer.Ordinal);
        foreach (var visit in visits.Where(v => v.Status == HttpStatusCode.OK && v.IsHtml))
            foreach (var form in PostForm.In(visit.Body, visit.RedirectedTo ?? visit.Address))
            {
                // One form per action and handler: the one the page filled most (an existing record's), so that a hostile
                // value meets otherwise valid fields and a success is possible, not only the refusal of an empty form.
                var key = access.PatternOf(form.Action);
                if (!forms.TryGetValue(key, out var other) || other.Filled < form.Filled) forms[key] = form;
            }

        var problems = new List<string>();
        var submissions = 0;
        foreach (var (key, form) in forms.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (form.IsDestructive) { output.WriteLine($"  skipped (destroys, decides or ends the session): {key} [{form.Button}]"); continue; }
            var outcomes = new List<string>();
            foreach (var variant in HostileVariant.For(form))
            {
                var submission = await FormSubmission.Send(pages, form, variant);
                submissions++;
                outcomes.Add($"{variant.Name}: {(int)submission.Status}{(submission.IsRefusedInWords ? " refused" : submission.IsRedirect ? $" to {submission.Location?.AbsolutePath}" : "")}");
                problems.AddRange(submission.Problems().Select(p => $"{key}, {variant.Name}: {p}"));
            }
            output.WriteLine($"  {key}: {string.Join("; ", outcomes)}");
        }
        clock.Stop();
        output.WriteLine($"{role} on {app.Provider}: {forms.Count} forms ({forms.Values.Count(f => f.IsDestructive)} skipped), {submissions} submissions, "
                         + $"{clock.Elapsed.TotalSeconds:F1} s (crawl {crawled.TotalSeconds:F1} s)");
        Assert.True(problems.Count == 0, $"{role} on {app.Provider}:\n" + string.Join("\n", problems));
    }
}

[Collection(SqliteDemoCollection.Name)]
public sealed class PostFormsOnSqlite(SqliteDemoApp demo, ITestOutputHelper output) : PostFormTests(demo, output);

[Collection(PostgresDemoCollection.Name)]
public sealed class PostFormsOnPostgres(PostgresDemoApp demo, ITestOutputHelper output) : PostFormTests(demo, output);
