using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Pages;

/// <summary>
/// Fields a page writes by hand (no <c>asp-for</c>) are marked refused too: a group of boxes sharing one name is
/// aria-invalid and described by the message its page writes after the group, and no id is written twice.
/// </summary>
public abstract partial class HandWrittenFieldErrorTests(TestApp app)
{
    [Fact]
    public async Task A_user_saved_without_a_role_marks_every_role_box_and_describes_it_by_the_one_message()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var url = $"/Admin/Users/Edit/{msl.Id}";
        var form = await admin.Pages.GetStringAsync(url);
        var refused = await admin.Pages.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
        }));

        var page = await refused.Content.ReadAsStringAsync();
        var boxes = RoleBox().Matches(page).Select(m => m.Value).ToList();
        Assert.Equal(Roles.All.Count, boxes.Count);
        Assert.All(boxes, box => Assert.Contains("aria-invalid=\"true\"", box));
        Assert.All(boxes, box => Assert.Contains("aria-describedby=\"SelectedRoles-error\"", box));
        Assert.Single(Regex.Matches(page, "id=\"SelectedRoles-error\""));
        Assert.Contains("Choose at least one role.", page);
    }

    [GeneratedRegex("<input type=\"checkbox\" id=\"role-[^>]*>")]
    private static partial Regex RoleBox();
}

public sealed class HandWrittenFieldErrorOnSqlite(SqliteApp app) : HandWrittenFieldErrorTests(app), IClassFixture<SqliteApp>;

public sealed class HandWrittenFieldErrorOnPostgres(PostgresApp app) : HandWrittenFieldErrorTests(app), IClassFixture<PostgresApp>;
