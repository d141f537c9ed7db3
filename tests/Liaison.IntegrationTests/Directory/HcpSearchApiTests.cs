using System.Net;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

public abstract class HcpSearchApiTests(DirectoryApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var file = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
        await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(file), null, default));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> Npis(string query, string role = Roles.Msl)
    {
        var client = await app.ClientFor(role);
        var response = await client.GetAsync($"/api/v1/hcps?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json.Read(response))["items"]!.AsArray().Select(i => i!["npi"]!.GetValue<string>()).ToList();
    }

    [Theory]
    [InlineData("q=pilch")]
    [InlineData("q=PILCHER")]
    [InlineData("q=william%20pilch")]
    [InlineData("q=pilsher")]
    [InlineData("q=plicher")]
    [InlineData("q=pilsh")]
    [InlineData("q=1588667638")]
    public async Task Pilcher_is_found_by_prefix_misspelling_and_NPI(string query) => Assert.Contains("1588667638", await Npis(query));

    [Fact]
    public async Task Exact_prefix_ranks_before_misspellings()
    {
        var found = await Npis("q=pilch");
        Assert.Equal("1588667638", found[0]);
    }

    [Fact]
    public async Task Specialty_and_state_filter()
    {
        Assert.Equal(["1588667638"], await Npis("specialty=cardiovascular&state=FL"));
        Assert.Equal(["1588667638"], await Npis("specialty=207RC0000X&state=FL"));
        var texas = await Npis("state=TX");
        Assert.Equal(4, texas.Count);
        Assert.DoesNotContain("1588667638", texas);
    }

    [Fact]
    public async Task City_zip_and_radius_filter()
    {
        Assert.Equal(["1588667638"], await Npis("city=jacksonville"));
        Assert.Equal(["1588667638"], await Npis("zip=32204"));
        var nearHouston = await Npis("zip=77002&radiusKm=50");
        Assert.Contains("1215930367", nearHouston); // Houston
        Assert.Contains("1669475711", nearHouston); // Sugar Land
        Assert.DoesNotContain("1750384806", nearHouston); // Idalou, near Lubbock
    }

    [Fact]
    public async Task A_radius_out_of_range_is_refused_on_the_page_as_on_the_api()
    {
        var api = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/hcps?zip=77002&radiusKm=-5")).StatusCode);
        var msl = await Dashboard.DashboardUsers.SignIn(app, Roles.Msl);
        var page = WebUtility.HtmlDecode(await msl.Pages.GetStringAsync("/Directory?Zip=77002&RadiusKm=-5"));
        Assert.Contains("A radius is from 0.1 to 1,000 km.", page);
        Assert.DoesNotContain("No HCP matches", page);
    }

    [Theory]
    [InlineData("state=TX", "TX", null, null, null)]
    [InlineData("state=tx&city=houston", "TX", "HOUSTON", null, null)]
    [InlineData("specialty=207RC0000X", null, null, null, "207RC0000X")]
    [InlineData("zip=32204&state=FL", "FL", null, "32204", null)]
    [InlineData("", null, null, null, null)]
    public async Task Filters_alone_list_every_match_in_name_order(string query, string? state, string? city, string? zip, string? code)
    {
        // The compiled statements of a plain filter: an absent filter must not narrow, a present one must.
        var expected = await app.Db(db => db.HcpSearchEntries
            .Where(e => (state == null || e.State == state) && (city == null || e.City == city) && (zip == null || e.Zip5 == zip)
                && (code == null || e.Specialty == code))
            .OrderBy(e => e.SortName).ThenBy(e => e.Key)
            .Join(db.Hcps, e => e.HcpId, h => h.Id, (e, h) => h.Npi!).ToListAsync());
        Assert.NotEmpty(expected);
        var client = await app.ClientFor(Roles.Msl);
        var found = new List<string>();
        for (var page = 1; found.Count < expected.Count && page <= expected.Count; page++)
        {
            var json = await Json.Read(await client.GetAsync($"/api/v1/hcps?{query}&pageSize=2&page={page}"));
            Assert.Equal(expected.Count, json["total"]!.GetValue<int>());
            found.AddRange(json["items"]!.AsArray().Select(i => i!["npi"]!.GetValue<string>()));
        }
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Unknown_specialty_is_a_400_problem()
    {
        var client = await app.ClientFor(Roles.Msl);
        var response = await client.GetAsync("/api/v1/hcps?specialty=zzzz-nothing");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Results_are_paginated()
    {
        var client = await app.ClientFor(Roles.Msl);
        var page = await Json.Read(await client.GetAsync("/api/v1/hcps?state=TX&pageSize=3&page=2"));
        Assert.Equal(4, page["total"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task Profile_shows_identity_specialties_addresses_and_sections()
    {
        var client = await app.ClientFor(Roles.Msl);
        var hit = (await Json.Read(await client.GetAsync("/api/v1/hcps?q=1588667638")))["items"]![0]!;
        var response = await client.GetAsync($"/api/v1/hcps/{hit["id"]!.GetValue<string>()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var profile = await Json.Read(response);
        Assert.Equal("PILCHER", profile["lastName"]!.GetValue<string>());
        var specialty = profile["specialties"]![0]!;
        Assert.Equal("Cardiovascular Disease", specialty["specialty"]!.GetValue<string>());
        Assert.True(specialty["primary"]!.GetValue<bool>());
        Assert.Equal(2, profile["addresses"]!.AsArray().Count);
        Assert.Contains(profile["sections"]!.AsArray(), s => s!["key"]!.GetValue<string>() == "call-notes");
    }

    [Fact]
    public async Task Viewer_searches_the_registry_but_gets_no_medical_section()
    {
        Assert.Contains("1588667638", await Npis("q=pilch", Roles.Viewer));
        var viewer = await app.ClientFor(Roles.Viewer);
        var hit = (await Json.Read(await viewer.GetAsync("/api/v1/hcps?q=1588667638")))["items"]![0]!;
        var response = await viewer.GetAsync($"/api/v1/hcps/{hit["id"]!.GetValue<string>()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("call-notes", body, StringComparison.Ordinal);
        Assert.DoesNotContain("off-label", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_specialty_code_newer_than_the_code_set_filters_and_reads_as_itself()
    {
        // A registry file of a later NUCC release can carry a code this code set (v22) does not know.
        const string newer = "207RZ9999X", npi = "1999999976";
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            if (await db.Hcps.AnyAsync(h => h.Npi == npi)) return 0;
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), Npi = npi, FirstName = "NEWCODE", LastName = "ZEBULONSON", PrimaryTaxonomyCode = newer,
                Source = DirectorySource.Manual, CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
            };
            db.Hcps.Add(hcp);
            db.HcpSearchEntries.Add(new HcpSearchEntry
            {
                HcpId = hcp.Id, Names = "ZEBULONSON NEWCODE", SortName = "ZEBULONSON NEWCODE", LastNameKey = NameKey.Of("ZEBULONSON"),
                Specialty = newer, State = "OH", IsActive = true,
            });
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Equal([npi], await Npis("specialty=207rz9999x"));
        var client = await app.ClientFor(Roles.Msl);
        var hit = (await Json.Read(await client.GetAsync($"/api/v1/hcps?specialty={newer}&state=OH")))["items"]!.AsArray().Single()!;
        Assert.Equal((newer, newer), (hit["specialtyCode"]!.GetValue<string>(), hit["specialty"]!.GetValue<string>()));
        var unknownWords = await client.GetAsync("/api/v1/hcps?specialty=207RZ9999");
        Assert.Equal(HttpStatusCode.BadRequest, unknownWords.StatusCode);
    }

    [Fact]
    public async Task Search_needs_a_token() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync("/api/v1/hcps?q=pilch")).StatusCode);
}

public sealed class HcpSearchApiOnSqlite(DirectorySqliteApp app) : HcpSearchApiTests(app), IClassFixture<DirectorySqliteApp>;

public sealed class HcpSearchApiOnPostgres(DirectoryPostgresApp app) : HcpSearchApiTests(app), IClassFixture<DirectoryPostgresApp>;
