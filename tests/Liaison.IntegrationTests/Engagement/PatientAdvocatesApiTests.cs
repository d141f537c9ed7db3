using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Adding a patient advocate is a create like every other: 201 with the address of a record that can be read back and its
/// ETag (it answered 200 with neither). Reading one follows the list's rules: the medical side only.
/// </summary>
public abstract class PatientAdvocatesApiTests(TestApp app)
{
    [Fact]
    public async Task Adding_an_advocate_is_a_201_whose_location_reads_it_back()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var name = $"Rep {Guid.NewGuid():N}"[..14];
        var created = await msl.PostJson("/api/v1/patient-advocates", new { name, organisation = "Patients United", email = "rep@example.org" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location?.ToString();
        Assert.NotNull(location);
        Assert.StartsWith("/api/v1/patient-advocates/", location, StringComparison.Ordinal);
        var tag = created.Headers.ETag?.Tag;
        Assert.NotNull(tag);

        foreach (var role in new[] { Roles.Msl, Roles.MedicalInformation, Roles.Safety, Roles.Compliance })
        {
            var read = await (await app.ClientFor(role)).GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(tag, read.Headers.ETag?.Tag);
            var advocate = await Json.Read(read);
            Assert.Equal(name, advocate["name"]!.GetValue<string>());
            Assert.Equal("Patients United", advocate["organisation"]!.GetValue<string>());
            Assert.Equal(location, $"/api/v1/patient-advocates/{advocate["id"]!.GetValue<string>()}");
        }
    }

    [Fact]
    public async Task A_viewer_cannot_read_an_advocate_it_is_behind_the_firewall()
    {
        var created = await (await app.ClientFor(Roles.Msl)).PostJson("/api/v1/patient-advocates",
            new { name = $"Rep {Guid.NewGuid():N}"[..14], organisation = "Patients United" });
        var response = await (await app.ClientFor(Roles.Viewer)).GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Patients United", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_advocate_is_a_404_problem_saying_so()
    {
        var response = await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/patient-advocates/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("patient advocate", (await Json.Read(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}

public sealed class PatientAdvocatesApiOnSqlite(SqliteApp app) : PatientAdvocatesApiTests(app), IClassFixture<SqliteApp>;

public sealed class PatientAdvocatesApiOnPostgres(PostgresApp app) : PatientAdvocatesApiTests(app), IClassFixture<PostgresApp>;
