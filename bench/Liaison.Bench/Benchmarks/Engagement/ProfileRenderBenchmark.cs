using System.Net;
using System.Text.RegularExpressions;
using Liaison.Bench.Harness;
using Liaison.Bench.Search;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liaison.Bench.Benchmarks.Engagement;

/// <summary>
/// The HCP profile page (directory identity plus the engagement sections: the full 500-interaction timeline with
/// quick capture, and transfers of value) for an MSL, server time as the outermost middleware measures it, beside
/// the raw SQL that reads the same 500 timeline rows, on each engine.
/// </summary>
internal sealed partial class ProfileRenderBenchmark : IBenchmark
{
    private const int Interactions = 500;

    public string Name => "profile-render";
    public string Description => "server time of the HCP profile page with 500 interactions, beside the raw SQL of its timeline";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var renders = context.Quick ? 5 : 200;
        var figures = new List<Figure>();
        var notes = new List<Note>();
        using var capture = context.Verbose ? new SqlCapture() : null;
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var host = await EngagementBenchHost.StartAsync(context, provider, "profile-render");
            var hcp = host.Hcps[0];
            await Seed(host, hcp, ct);
            using var browser = await SignIn(host, ct);
            var url = $"/Directory/Profile/{hcp}";
            // Unmeasured renders first, as a server in steady state has run them: with 5, the measured ones still ran
            // much of the page's code in the JIT's first tiers (as the directory-search benchmark found for its searches).
            for (var i = 0; i < (context.Quick ? 5 : 300); i++) (await browser.GetAsync(url, ct)).EnsureSuccessStatusCode();
            var html = await browser.GetStringAsync(url, ct);
            var rows = RowPattern().Matches(html).Count;
            if (rows != Interactions) throw new InvalidOperationException($"the profile shows {rows} interactions, not {Interactions}");
            if (capture is not null) await LogStatements(context, provider, capture, browser, url, ct);
            host.Timer.Clear();
            for (var i = 0; i < renders; i++) (await browser.GetAsync(url, ct)).EnsureSuccessStatusCode();
            var server = host.Timer.For("/Directory/Profile").Order().ToList();
            var sql = await RawTimeline(host.Workspace.Database, hcp, renders, ct);
            var p50 = Latency.Percentile(server, 0.5);
            context.Log($"{provider}: profile server time p50 {p50:F1} ms p95 {Latency.Percentile(server, 0.95):F1} ms; raw timeline SQL p50 {Latency.Percentile(sql, 0.5):F2} ms ({html.Length / 1024} KB page)");
            figures.Add(new Figure($"HCP profile, 500 interactions, server p50 ({provider})", p50, "ms",
                "raw SQL of the 500 timeline rows", Latency.Percentile(sql, 0.5), HigherIsBetter: false, Goal: "≤ 30 ms"));
            notes.Add(new Note($"HCP profile server p95 ({provider})", Latency.Percentile(server, 0.95), "ms", "≤ 30 ms"));
        }
        return (figures, notes);
    }

    /// <summary>--verbose: the statements of a render, with each one's mean time in the app (execute + read) over 20 renders.</summary>
    private static async Task LogStatements(BenchContext context, DatabaseProvider provider, SqlCapture capture, HttpClient browser,
        string url, CancellationToken ct)
    {
        const int renders = 20;
        capture.Start();
        for (var i = 0; i < renders; i++) (await browser.GetAsync(url, ct)).EnsureSuccessStatusCode();
        var statements = capture.Stop(_ => true).GroupBy(s => s.Sql)
            .Select(g => (Sql: g.Key, Count: g.Count() / renders, Execute: g.Sum(s => s.ExecuteMs) / renders, Read: g.Sum(s => s.ReadMs) / renders))
            .ToList();
        context.Log($"{provider}: a render runs {statements.Sum(s => s.Count)} statements, {statements.Sum(s => s.Execute + s.Read):F1} ms in the app (mean of {renders})");
        foreach (var s in statements)
        {
            var sql = string.Join(' ', s.Sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            context.Log($"    {s.Execute:F2} + {s.Read:F2} ms  {sql[..Math.Min(sql.Length, 150)]}");
        }
    }

    private static async Task Seed(EngagementBenchHost host, Guid hcp, CancellationToken ct)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var start = DateTime.UtcNow.AddDays(-3 * Interactions);
        for (var i = 0; i < Interactions; i++)
        {
            var at = start.AddDays(3 * i);
            var interaction = new Interaction
            {
                Id = Guid.CreateVersion7(), Kind = (InteractionKind)(i % 6), Channel = InteractionChannel.InPerson, OccurredAt = at,
                DurationMinutes = 30, OwnerId = host.UserId, Notes = $"Interaction {i}: discussed biomarker testing and the subgroup data at length.",
                Topics = ["Biomarkers", "Trial enrolment"], Status = i % 5 == 0 ? InteractionStatus.Draft : InteractionStatus.Signed,
                CreatedAt = at, UpdatedAt = at,
            };
            db.Interactions.Add(interaction);
            db.InteractionAttendees.Add(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = interaction.Id, HcpId = hcp });
            db.InteractionProducts.Add(new InteractionProduct { InteractionId = interaction.Id, ProductId = host.Product });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Signs in through the real login form (antiforgery token and cookie), as a browser would.</summary>
    private static async Task<HttpClient> SignIn(EngagementBenchHost host, CancellationToken ct)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = new Uri(host.BaseUrl) };
        var form = await client.GetStringAsync("/Account/Login", ct);
        var token = AntiforgeryPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = host.Email, ["Input.Password"] = EngagementBenchHost.Password, ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {response.StatusCode}");
        return client;
    }

    private static async Task<List<double>> RawTimeline(WorkspaceDatabase database, Guid hcp, int times, CancellationToken ct)
    {
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        await using System.Data.Common.DbConnection c = sqlite ? new SqliteConnection(database.ConnectionString) : new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync(ct);
        var result = new List<double>();
        for (var i = 0; i < times + 5; i++)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT i.id, i.occurred_at, i.kind, i.channel, i.status, i.amendment_count, i.owner_id, i.topics, substr(i.notes, 1, 140)
                FROM interactions i WHERE EXISTS (SELECT 1 FROM interaction_attendees a WHERE a.interaction_id = i.id AND a.hcp_id = @h)
                ORDER BY i.occurred_at DESC LIMIT 500
                """;
            var p = cmd.CreateParameter();
            p.ParameterName = "@h";
            p.Value = sqlite ? hcp.ToString().ToUpperInvariant() : hcp;
            cmd.Parameters.Add(p);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var rows = 0;
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) rows++;
            if (i >= 5) result.Add(sw.Elapsed.TotalMilliseconds);
            if (rows != Interactions) throw new InvalidOperationException($"the raw timeline read {rows} rows, not {Interactions}");
        }
        result.Sort();
        return result;
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("""<li><a href="/Engagement/Interactions/Details/""")]
    private static partial Regex RowPattern();
}
