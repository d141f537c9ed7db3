using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Engagement.Demo;
using Liaison.Core.Products;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Builders for engagement tests: HCPs, products and materials written straight into the workspace.</summary>
internal static class EngagementData
{
    private static int _next = Random.Shared.Next(1_000_000);

    public static DateTime Yesterday(TestApp app) => app.Clock.GetUtcNow().UtcDateTime.AddDays(-1);

    public static async Task<(Guid Id, string Npi)> Hcp(TestApp app, string lastName = "Tester", string credentials = "MD")
    {
        var npi = DemoFallbackHcps.Npi(170_000_000 + Interlocked.Increment(ref _next) % 29_000_000);
        var id = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), Npi = npi, FirstName = "Alex", LastName = lastName, Credentials = credentials,
                Source = DirectorySource.Manual, CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
            };
            hcp.Addresses.Add(new HcpAddress
            {
                Id = Guid.CreateVersion7(), Kind = AddressKind.Practice, Line1 = "1 Main Street, Suite 2", City = "Boston", State = "MA",
                PostalCode = "021151234", Country = "US",
            });
            db.Hcps.Add(hcp);
            await db.SaveChangesAsync();
            return hcp.Id;
        });
        return (id, npi);
    }

    public static async Task<Guid> Product(TestApp app) => await app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        var code = $"T{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var area = new TherapeuticArea { Id = Guid.CreateVersion7(), Code = code, Name = "Area " + code };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), Code = code, Name = "Brand " + code, GenericName = "testumab", TherapeuticAreaId = area.Id,
            CreatedAt = db.UtcNow,
        };
        db.AddRange(area, product);
        await db.SaveChangesAsync();
        return product.Id;
    });

    public static async Task<Guid> Material(TestApp app, Guid productId, ApprovalStatus status = ApprovalStatus.Approved,
        bool offLabel = false, int expiresInDays = 365, string title = "Slide deck") => await app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        var today = DateOnly.FromDateTime(db.UtcNow);
        var item = new ContentItem
        {
            Id = Guid.CreateVersion7(), Title = title, DocumentCode = $"DOC-{Guid.NewGuid():N}"[..16].ToUpperInvariant(), VersionLabel = "1.0",
            ProductId = productId, Status = status, ApprovedOn = status == ApprovalStatus.Approved ? today.AddDays(-400) : null,
            ExpiresOn = today.AddDays(expiresInDays), OffLabel = offLabel, Audience = ContentAudience.HealthcareProfessionals,
            FileName = "deck.txt", MediaType = "text/plain", SizeBytes = 1, Sha256 = ContentStore.Checksum([1]), CreatedAt = db.UtcNow,
        };
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    });

    /// <summary>The HCPs' consent in force to receive event invitations by <paramref name="channel"/>, recorded by an MSL.</summary>
    public static async Task ConsentToInvitations(TestApp app, string channel, params Guid[] hcps)
    {
        var msl = await app.ClientFor(Core.Identity.Roles.Msl);
        foreach (var hcp in hcps)
            await Created(await msl.PostJson($"/api/v1/hcps/{hcp}/consents", new
            {
                channel, purpose = "EventInvitations", source = "signed form", givenOn = DateOnly.FromDateTime(Yesterday(app)).AddDays(-30),
            }));
    }

    /// <summary>A territory owned by <paramref name="ownerId"/>, with state rules and HCPs assigned by hand.</summary>
    public static async Task<Guid> Territory(TestApp app, string ownerId, string[] states, params Guid[] hcps)
    {
        var manager = await app.ClientFor(Core.Identity.Roles.MslManager);
        var rules = states.Select(s => new { kind = "State", value = s }).ToArray();
        var (territory, _) = await Created(await manager.PostJson("/api/v1/territories", new { name = $"T {Guid.NewGuid():N}", ownerUserId = ownerId, rules }));
        var id = territory["id"]!.GetValue<Guid>();
        foreach (var hcp in hcps)
            Assert.True((await manager.PutAsync($"/api/v1/territories/{id}/hcps/{hcp}", null)).IsSuccessStatusCode);
        return id;
    }

    /// <summary>Makes <paramref name="userIds"/> report to <paramref name="managerId"/> (the manager's team).</summary>
    public static Task ReportTo(TestApp app, string managerId, params string[] userIds) => app.InScope(async sp =>
    {
        foreach (var user in userIds)
            Assert.True((await sp.GetRequiredService<Core.Identity.AssignManager.Handler>().Handle(new(user, managerId), default)).IsSuccess);
        return 0;
    });

    public static object Interaction(TestApp app, IEnumerable<Guid> hcps, IEnumerable<Guid>? products = null,
        IEnumerable<Guid>? materials = null, string kind = "ScientificExchange", string? notes = "Discussed the data.",
        Guid? requestId = null, bool shared = false) => new
    {
        kind, channel = "InPerson", occurredAt = Yesterday(app), durationMinutes = 45, place = "Clinic",
        hcpIds = hcps.ToArray(), productIds = (products ?? []).ToArray(), materialIds = (materials ?? []).ToArray(),
        topics = new[] { "Biomarkers" }, notes, unsolicitedRequestId = requestId, shared,
        followUps = new[] { new { description = "Send the reprint", dueOn = DateOnly.FromDateTime(Yesterday(app)).AddDays(5) } },
    };

    public static async Task<(JsonNode Body, string ETag)> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await Json.Read(response), response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json.Web) };
        if (etag is not null) request.Headers.IfMatch.ParseAdd(etag);
        return await client.SendAsync(request);
    }
}
