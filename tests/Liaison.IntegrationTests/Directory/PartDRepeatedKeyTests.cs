using System.Globalization;
using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A Part D file that gives a prescriber, drug and year twice: the first row stands and the later one is reported naming
/// it, in one batch or across batches (the importer writes 2,000 rows a batch), on every run and after another file.
/// </summary>
public abstract class PartDRepeatedKeyTests(TestApp app)
{
    private const int Rows = 2_100;

    /// <summary><see cref="Rows"/> rows of one prescriber (lines 2…), one drug each, then <paramref name="extra"/> lines.</summary>
    private static string Write(string npi, params string[] extra)
    {
        var csv = new StringBuilder(string.Join(',', PartDReader.Columns)).Append('\n');
        for (var i = 0; i < Rows; i++) csv.Append(Row(npi, i, claims: 20)).Append('\n');
        foreach (var line in extra) csv.Append(line).Append('\n');
        var path = Path.Combine(TestTemp.Folder("partd-"), "MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static string Row(string npi, int drug, int claims) =>
        string.Create(CultureInfo.InvariantCulture, $"{npi},Pilcher,William,Tampa,FL,12,Cardiology,S,Drug {drug},Generic {drug},{claims},20,600,100,,*,,,,,*,");

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(path, null, null, default));

    private Task<int> Claims(string npi, int drug) => app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().PrescribingRecords
        .Where(r => r.Npi == npi && r.BrandName == $"Drug {drug}").Select(r => r.TotalClaims).SingleAsync());

    /// <summary>"line N" of "repeats the prescriber, drug and year of line N: …".</summary>
    private static string FirstLine(string reason) => reason[reason.IndexOf("line ", StringComparison.Ordinal)..reason.IndexOf(':')];

    [Fact]
    public async Task A_repeat_in_a_later_batch_is_reported_like_one_in_the_same_batch_and_the_first_row_stands_on_every_run()
    {
        // Lines 2102-2103 repeat lines 2 and 7 a batch later with other claims; line 2105 repeats line 2104 in its batch.
        const string npi = "1588667638";
        var path = Write(npi, Row(npi, 0, claims: 99), Row(npi, 5, claims: 77), Row(npi, 3000, claims: 20), Row(npi, 3000, claims: 30));
        var first = await Import(path);
        Assert.Equal((Rows + 1L, 0L, 3L), (first.Imported, first.Updated, first.Rejected));
        Assert.Equal([(2102L, "line 2"), (2103, "line 7"), (2105, "line 2104")], first.Errors.OrderBy(e => e.Line).Select(e => (e.Line, FirstLine(e.Reason))));
        Assert.Equal((20, 20, 20), (await Claims(npi, 0), await Claims(npi, 5), await Claims(npi, 3000)));

        var again = await Import(path);
        Assert.Equal((0L, 0L, Rows + 1L, 3L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(first.Errors.Select(e => (e.Line, e.Reason)).Order(), again.Errors.Select(e => (e.Line, e.Reason)).Order());
        Assert.Equal((20, 20, 20), (await Claims(npi, 0), await Claims(npi, 5), await Claims(npi, 3000)));
    }

    [Fact]
    public async Task Errors_are_reported_in_line_order_though_a_repeat_is_found_when_its_batch_is_saved()
    {
        const string npi = "1295735595";
        var report = await Import(Write(npi, Row(npi, 0, claims: 99), Row("1234567890", 1, claims: 20)));
        Assert.Equal([2102L, 2103L], report.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task After_another_file_the_first_row_that_matches_the_stored_record_still_stands_against_a_later_repeat()
    {
        const string npi = "1932102084";
        Assert.Equal(Rows, (await Import(Write(npi))).Imported);
        // The next release: the same rows (unchanged) and a later repeat of drug 7 (line 9) with other claims.
        var next = Write(npi, Row(npi, 7, claims: 55));
        var report = await Import(next);
        Assert.Equal((0L, 0L, Rows), (report.Imported, report.Updated, report.Unchanged));
        Assert.Equal([(2102L, "line 9")], report.Errors.Select(e => (e.Line, FirstLine(e.Reason))));
        Assert.Equal(20, await Claims(npi, 7));

        var again = await Import(next);
        Assert.Equal((0L, 0L, Rows), (again.Imported, again.Updated, again.Unchanged));
        Assert.Equal([(2102L, "line 9")], again.Errors.Select(e => (e.Line, FirstLine(e.Reason))));
        Assert.Equal(20, await Claims(npi, 7));
    }
}

public sealed class PartDRepeatedKeyOnSqlite(SqliteApp app) : PartDRepeatedKeyTests(app), IClassFixture<SqliteApp>;

public sealed class PartDRepeatedKeyOnPostgres(PostgresApp app) : PartDRepeatedKeyTests(app), IClassFixture<PostgresApp>;
