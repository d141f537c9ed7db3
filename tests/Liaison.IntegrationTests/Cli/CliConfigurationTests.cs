using System.Text.Json;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary>
/// The CLI reads appsettings.json from the folder it runs in (README, "Configuration"), a relative SQLite path anchored
/// there; a configuration naming no usable workspace is said in words.
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

    [Theory]
    [InlineData("""{ "Database": { "Provider": "Oracle" } }""", "Database:Provider is 'Oracle'; expected Sqlite or Postgres.")]
    [InlineData("""{ "Database": { "Provider": "Postgres" } }""", "Database:Provider is Postgres but ConnectionStrings:Liaison is not set.")]
    public async Task A_configuration_naming_no_usable_workspace_is_said_in_words_with_json_still_one_value(string settings, string reason)
    {
        var folder = TestTemp.Folder("cli-bad-config-");
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), settings);

        var run = await Infrastructure.Cli.InFolder(folder, "audit", "verify", "--json");
        Assert.Equal(1, run.ExitCode);
        var error = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("error").GetString()!;
        Assert.Equal($"The workspace is not configured: {reason} Check Database__Provider and ConnectionStrings__Liaison.", error);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
    }
}
