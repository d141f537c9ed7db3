using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Influence;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Dashboard;

/// <summary>A user with a password, an API client (their token) and a browser-like client signed in with the cookie.</summary>
internal sealed record DashboardUser(string Id, string Email, string Name, HttpClient Api, HttpClient Pages)
{
    public async Task<string> Dashboard()
    {
        var response = await Pages.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // Accessible tables: each has a caption, and every header cell says what it heads.
        Assert.Equal(Regex.Count(html, "<table"), Regex.Count(html, "<caption"));
        Assert.DoesNotContain("<th>", html);
        return WebUtility.HtmlDecode(html);
    }
}

/// <summary>Builders for dashboard tests: signed-in users per role and data no API writes (influence scores).</summary>
internal static partial class DashboardUsers
{
    private const string Password = "Dashboard-test-2026";

    public static async Task<DashboardUser> SignIn(TestApp app, string role, string? name = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.liaison";
        name ??= $"{role} {Guid.NewGuid():N}"[..20];
        var (id, token) = await app.InScope(async sp =>
        {
            var added = await sp.GetRequiredService<AddUser.Handler>().Handle(new AddUser.Command(email, [role], name, Password), default);
            Assert.True(added.IsSuccess, added.Error?.ToString());
            var token = await sp.GetRequiredService<CreateApiToken.Handler>().Handle(new CreateApiToken.Command(added.Value!.UserId, "test"), default);
            return (added.Value.UserId, token.Value!.Token);
        });
        var api = app.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new DashboardUser(id, email, name, api, await SignInPages(app, email, Password));
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in on the login page with this password.</summary>
    public static async Task<HttpClient> SignInPages(TestApp app, string email, string password)
    {
        var pages = new HttpClient(new CookieContainerHandler { InnerHandler = app.App.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("https://localhost/") };
        var form = await pages.GetStringAsync("/Account/Login");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var login = await pages.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"login: {login.StatusCode}");
        return pages;
    }

    /// <summary>An HCP scored as a KOL and in the directory's search projection (what territories match on), as an import leaves them.</summary>
    public static Task<int> Kol(TestApp app, Guid hcpId, string lastName, double score, string tier) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        db.HcpSearchEntries.Add(new HcpSearchEntry
        {
            HcpId = hcpId, Names = $"alex {lastName.ToLowerInvariant()}", SortName = $"{lastName}, Alex", LastNameKey = lastName.ToLowerInvariant(),
            State = "MA", City = "Boston", Zip5 = "02115", IsActive = true,
        });
        db.InfluenceScores.Add(new InfluenceScore { HcpId = hcpId, Score = score, Tier = tier, ComputedAt = db.UtcNow });
        return await db.SaveChangesAsync();
    });

    public static Task<string> ProductName(TestApp app, Guid productId) => app.InScope(sp =>
        sp.GetRequiredService<LiaisonDbContext>().Products.Where(p => p.Id == productId).Select(p => p.Name).SingleAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryField();
}
