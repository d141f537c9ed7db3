using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>Misspellings join the results only while few names start with the words as typed; the total counts what the pages hold.</summary>
public abstract class HcpSearchMisspellingTests(DirectoryApp app)
{
    [Fact]
    public async Task Misspellings_are_added_below_the_threshold_and_left_out_at_it()
    {
        await AddAsync("QUILERMAN", 1);
        await AddAsync("QUILLERMAN", SearchHcps.MisspellingsBelow - 1);
        var few = await SearchAsync("quillerm");
        Assert.Equal(SearchHcps.MisspellingsBelow, few.Total);
        Assert.Equal("typo", few.Items[^1].Match);
        Assert.Equal(SearchHcps.MisspellingsBelow - 1, few.Items.Count(i => i.Match == "prefix"));

        await AddAsync("QUILLERMAN", 1);
        var many = await SearchAsync("quillerm");
        Assert.Equal(SearchHcps.MisspellingsBelow, many.Total);
        Assert.All(many.Items, i => Assert.Equal("prefix", i.Match));
    }

    [Fact]
    public async Task A_later_page_reaches_the_misspellings_the_total_counted()
    {
        await AddAsync("ZABROWSKI", 3);
        await AddAsync("ZABRIWSKI", 1);
        var second = await SearchAsync("zabrowski", new PageRequest(2, 2));
        Assert.Equal(4, second.Total);
        Assert.Equal(["prefix", "typo"], second.Items.Select(i => i.Match));
    }

    [Theory]
    [InlineData("ZABRIKOWSKI", "zarbikowski")]
    [InlineData("SMITHERTON", "smtiherton")]
    [InlineData("SMYTHERTON", "smitherton")]
    [InlineData("ABERNATHYSON", "abernatyson")]
    [InlineData("PHILBERTSON", "pilbertson")]
    public async Task A_surname_with_two_letters_swapped_an_h_dropped_or_spelt_as_it_sounds_is_found(string lastName, string typed)
    {
        await AddAsync(lastName, 1);
        var found = await SearchAsync(typed);
        Assert.Contains(found.Items, i => i.Name.EndsWith(lastName, StringComparison.OrdinalIgnoreCase) && i.Match == "typo");
    }

    [Theory]
    [InlineData("PILCHERSON", "picherson")] // a consonant left out
    [InlineData("GARDINERSKI", "garfinerski")] // one typed for another
    [InlineData("RASMUSSENBERG", "rasmcussenberg")] // one typed too many
    [InlineData("KOWALCZYKOWA", "kowarcz")] // one typed for another in a prefix
    public async Task A_surname_with_one_consonant_slip_is_found_though_its_phonetic_key_changed(string lastName, string typed)
    {
        // Neither the typed word's own key range nor its swaps and h variants reach the name.
        var meant = NameKey.Of(lastName);
        Assert.DoesNotContain(TypoKeys.Nearby(typed.ToUpperInvariant(), NameKey.Of(typed)).Append(NameKey.Of(typed)),
            k => meant.StartsWith(k, StringComparison.Ordinal));
        await AddAsync(lastName, 1);
        var found = await SearchAsync(typed);
        Assert.Contains(found.Items, i => i.Name.EndsWith(lastName, StringComparison.OrdinalIgnoreCase) && i.Match == "typo");
    }

    [Fact]
    public async Task A_name_one_consonant_away_is_left_out_when_a_filter_leaves_it_out()
    {
        await AddAsync("MACFARLINGTON", 1, state: "OR");
        Assert.Contains((await SearchAsync("macfarlinton")).Items, i => i.Name.EndsWith("MACFARLINGTON") && i.Match == "typo");
        Assert.Contains((await SearchAsync("macfarlinton", state: "OR")).Items, i => i.Name.EndsWith("MACFARLINGTON"));
        Assert.Empty((await SearchAsync("macfarlinton", state: "WA")).Items);
    }

    [Fact]
    public async Task A_first_name_longer_than_the_misspelt_surname_still_finds_it()
    {
        await AddAsync("VASQUEZINO", 1, first: "WILHELMINETTA");
        var found = await SearchAsync("wilhelminetta vasqeuzino");
        var hit = Assert.Single(found.Items);
        Assert.Equal("typo", hit.Match);
        Assert.EndsWith("VASQUEZINO", hit.Name);
    }

    [Fact]
    public async Task An_msls_own_territory_comes_first_among_misspellings_too()
    {
        var surname = "QUELLINGTON" + Letters();
        await AddAsync(surname, 1, first: "AARON");
        var own = (await AddAsync(surname, 1, first: "ZEBEDEE"))[0];
        var (msl, mslId, _) = await app.UserClient(Roles.Msl);
        var manager = await app.ClientFor(Roles.MslManager);
        var created = await manager.PostAsJsonAsync("/api/v1/territories", new { name = "Misspelt " + Letters(), ownerUserId = mslId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var territory = (await Json.Read(created))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PutAsync($"/api/v1/territories/{territory}/hcps/{own}", null)).StatusCode);

        var typed = "QEULLINGTON" + surname[11..]; // two letters swapped: no name starts with it
        async Task<List<string>> Names(HttpClient client) => (await Json.Read(await client.GetAsync($"/api/v1/hcps?q={typed}")))["items"]!.AsArray()
            .Select(i => (i!["name"]!.GetValue<string>(), i["match"]!.GetValue<string>())).Select(h => $"{h.Item1} {h.Item2}").ToList();
        Assert.Equal([$"ZEBEDEE {surname} typo", $"AARON {surname} typo"], await Names(msl));
        Assert.Equal([$"AARON {surname} typo", $"ZEBEDEE {surname} typo"], await Names(await app.ClientFor(Roles.Msl)));
    }

    private static string Letters() => string.Concat(Guid.NewGuid().ToByteArray().Take(4).Select(b => (char)('A' + b % 26)));

    private Task<Paged<SearchHcps.Hit>> SearchAsync(string q, PageRequest? page = null, string? state = null) => app.InScope(async sp =>
        (await sp.GetRequiredService<SearchHcps.Handler>().Handle(new SearchHcps.Query(q, State: state), page ?? new PageRequest(PageSize: 200), default)).Value!);

    private Task<List<Guid>> AddAsync(string lastName, int count, string? first = null, string? state = null) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var given = first ?? $"F{Guid.CreateVersion7():N}"[..12].ToUpperInvariant();
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), FirstName = given, LastName = lastName, Source = DirectorySource.Manual,
                CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
            };
            db.Hcps.Add(hcp);
            ids.Add(hcp.Id);
            db.HcpSearchEntries.Add(new HcpSearchEntry
            {
                HcpId = hcp.Id, Names = $"{lastName} {given}", SortName = $"{lastName} {given}", LastNameKey = NameKey.Of(lastName), IsActive = true,
                State = state,
            });
        }
        await db.SaveChangesAsync();
        return ids;
    });
}

public sealed class HcpSearchMisspellingOnSqlite(DirectorySqliteApp app) : HcpSearchMisspellingTests(app), IClassFixture<DirectorySqliteApp>;

public sealed class HcpSearchMisspellingOnPostgres(DirectoryPostgresApp app) : HcpSearchMisspellingTests(app), IClassFixture<DirectoryPostgresApp>;
