using System.Globalization;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>`liaison export openpayments --out` given a place it cannot write: a clear error, no stack trace, nothing left beside it.</summary>
public abstract class OpenPaymentsExportCliTests(TestApp app)
{
    [Fact]
    public async Task An_output_that_is_a_folder_is_refused_naming_it_and_nothing_is_written_beside_it()
    {
        var folder = TestTemp.Folder("op-export-");
        var run = await Infrastructure.Cli.Liaison(app.Database, "export", "openpayments", "--year", DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture),
            "--out", folder, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a folder", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.TrimEnd(Path.DirectorySeparatorChar) + ".partial"));
    }
}

public sealed class OpenPaymentsExportCliOnSqlite(SqliteApp app) : OpenPaymentsExportCliTests(app), IClassFixture<SqliteApp>;

public sealed class OpenPaymentsExportCliOnPostgres(PostgresApp app) : OpenPaymentsExportCliTests(app), IClassFixture<PostgresApp>;
