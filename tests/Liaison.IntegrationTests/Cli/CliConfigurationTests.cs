using System.Text.Json;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary>
/// The CLI reads appsettings.json from the folder it runs in (README, "Configuration"), a relative SQLite path anchored
/// there.
/// </summary>
public sealed class CliConfigurationTests
{
    [Fact]
    public async Task The_workspace_comes_from_the_appsettings_json_of_the_folder_the_command_runs_in()
    {
        var folder = TestTemp.Folder("cli-config-");
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"),
            """{ "Database": { "Provider": "Sqlite" }, "ConnectionStrings": { "Liaison": "Data Source=workspace/from-settings.db" } }""");

        var migrate = await Infrastructure.Cli.InFolder(folder, "db", "migrate", "--json");
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);
        Assert.True(JsonDocument.Parse(migrate.Stdout).RootElement.GetProperty("created").GetBoolean());
        Assert.True(File.Exists(Path.Combine(folder, "workspace", "from-settings.db")));

        var verify = await Infrastructure.Cli.InFolder(folder, "audit", "verify", "--json");
        Assert.True(verify.ExitCode == 0, verify.Stderr);
        Assert.True(JsonDocument.Parse(verify.Stdout).RootElement.GetProperty("valid").GetBoolean());
    }
}
