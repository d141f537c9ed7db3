using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// An NPPES file that names an NPI more than once (a full row corrected further down, a deactivation after the
/// row it deactivates): the last word stands, and importing the file again changes nothing.
/// </summary>
public abstract class RepeatedNpiImportTests(TestApp app)
{
    private static readonly string Sample = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
    private static readonly string NewNpi = "123456789" + Npi.CheckDigit("123456789");

    private static string Write(string text)
    {
        var path = Path.Combine(TestTemp.Folder("nppes-"), "npidata_pfile_repeats.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private Task<ImportReport> Import(string path) => app.InScope(async sp =>
    {
        var result = await sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(path), null, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    });

    private Task<T> Db<T>(Func<LiaisonDbContext, Task<T>> query) => app.InScope(sp => query(sp.GetRequiredService<LiaisonDbContext>()));

    [Fact]
    public async Task The_last_row_for_an_npi_stands_and_a_second_run_changes_nothing()
    {
        var lines = File.ReadAllLines(Sample);
        var names = lines[0].Trim('"').Split("\",\"");
        var deactivation = Enumerable.Repeat("\"\"", names.Length).ToArray();
        deactivation[0] = $"\"{NewNpi}\"";
        deactivation[Array.IndexOf(names, "NPI Deactivation Date")] = "\"06/01/2021\"";
        string Row(string npi) => lines.Single(l => l.StartsWith($"\"{npi}\"", StringComparison.Ordinal));
        var text = string.Join('\n', [.. lines,
            Row("1306849450").Replace("\"SMITSON\"", "\"SMITSON-JONES\"", StringComparison.Ordinal),
            Row("1215930367").Replace("\"1215930367\"", $"\"{NewNpi}\"", StringComparison.Ordinal),
            string.Join(',', deactivation)]) + "\n";

        var first = await Import(Write(text));
        Assert.Equal((14, 0), (first.Imported + first.Updated + first.Unchanged, first.Rejected));
        Assert.Equal(12, first.Imported);
        Assert.Equal("SMITSON-JONES", await Db(db => db.Hcps.Where(h => h.Npi == "1306849450").Select(h => h.LastName).SingleAsync()));
        Assert.Equal(new DateOnly(2021, 6, 1), await Db(db => db.Hcps.Where(h => h.Npi == NewNpi).Select(h => h.DeactivatedOn).SingleAsync()));

        var again = await Import(Write(text));
        Assert.Equal((0, 0, 14), (again.Imported, again.Updated, again.Unchanged));
    }
}

public sealed class RepeatedNpiImportOnSqlite(SqliteApp app) : RepeatedNpiImportTests(app), IClassFixture<SqliteApp>;

public sealed class RepeatedNpiImportOnPostgres(PostgresApp app) : RepeatedNpiImportTests(app), IClassFixture<PostgresApp>;
