using System.Text.Json.Nodes;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.TestSupport.OpenPaymentsCsv;
using Archives = Liaison.TestSupport.OpenPaymentsArchives;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// CMS's program-year ZIP through the CLI on each engine: a general file built here and the real research sample, beside the
/// ownership file and the README, import entry by entry with the plain files' reports, add nothing again, and a damaged
/// entry is reported on its line while the other entry imports.
/// </summary>
public abstract class OpenPaymentsProgramYearZipCliTests(Func<Task<TestDatabase>> newDatabase)
{
    private static readonly string ResearchText = File.ReadAllText(Archives.ResearchSample(RepoPaths.SharedData));

    /// <summary>Six rows: four payments to physicians, a bad amount on line 3 and a payment to a hospital (not to an individual).</summary>
    private static string GeneralText() => General(Payment("7700001"), Payment("7700002", ("Total_Amount_of_Payment_USDollars", "lots")),
        Payment("7700003", ("Covered_Recipient_Type", "Covered Recipient Teaching Hospital")), Payment("7700004"), Payment("7700005"),
        Payment("7700006"));

    private static async Task<(int Exit, JsonNode Report)> Import(TestDatabase db, string path)
    {
        var run = await Infrastructure.Cli.Liaison(db.Database, "import", "openpayments", path, "--json");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        return (run.ExitCode, JsonNode.Parse(run.Stdout)!);
    }

    private static int Count(JsonNode report, string field) => report[field]!.GetValue<int>();

    [Fact]
    public async Task The_program_years_zip_imports_each_payments_entry_as_its_plain_file_does_and_a_second_run_adds_nothing()
    {
        await using var zipped = await newDatabase();
        await using var plain = await newDatabase();
        var general = GeneralText();
        var zip = Archives.Write(Archives.Name, Archives.Zip(general, ResearchText));
        var (exit, report) = await Import(zipped, zip);
        Assert.Equal(0, exit);
        var entries = report["entries"]!.AsArray();
        Assert.Equal([Archives.General, Archives.Research], entries.Select(e => e!["file"]!.GetValue<string>()));
        Assert.Equal(["general", "research"], entries.Select(e => e!["kind"]!.GetValue<string>()));
        var skipped = Assert.Single(report["skippedEntries"]!.AsArray())!;
        Assert.Equal(Archives.Ownership, skipped["entry"]!.GetValue<string>());
        Assert.Contains("ownership and investment", skipped["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        // Each entry's report is the report of its file imported plain, into a workspace of its own.
        var (_, alone) = await Import(plain, WriteText(Archives.General, general));
        var (_, research) = await Import(plain, WriteText(Archives.Research, ResearchText));
        Assert.True(JsonNode.DeepEquals(alone, entries[0]), $"{alone.ToJsonString()}\n{entries[0]!.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(research, entries[1]), $"{research.ToJsonString()}\n{entries[1]!.ToJsonString()}");
        Assert.Equal((6, 4, 1, 1), (Count(alone, "rows"), Count(alone, "imported"), Count(alone, "skipped"), Count(alone, "rejected")));
        foreach (var total in new[] { "rows", "imported", "updated", "alreadyImported", "skipped", "rejected", "linkedToDirectory" })
            Assert.Equal(Count(alone, total) + Count(research, total), Count(report, total));
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal((Archives.General, 3, "Total_Amount_of_Payment_USDollars"),
            (error["entry"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<string>()));

        var (_, again) = await Import(zipped, zip);
        Assert.Equal((0, 0, Count(report, "imported"), Count(report, "rejected")),
            (Count(again, "imported"), Count(again, "updated"), Count(again, "alreadyImported"), Count(again, "rejected")));
        var human = await Infrastructure.Cli.Liaison(zipped.Database, "import", "openpayments", zip);
        Assert.Equal(0, human.ExitCode);
        var lines = human.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{Archives.General} (General): 6 rows; 0 payments imported", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Archives.Research} (Research): 300 rows naming 316 payment records", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Archives.Ownership}: skipped,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{Archives.Name}, in all: 306 rows;", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_entry_is_reported_on_its_line_with_the_rows_before_it_kept_and_the_other_entry_imported()
    {
        await using var db = await newDatabase();
        var general = General(Enumerable.Range(0, 3000).Select(i => Payment($"78{i:D5}", ("Total_Amount_of_Payment_USDollars", $"{i % 97}.{i % 89:D2}"),
            ("Covered_Recipient_Last_Name", $"TESTER{i * 7919 % 10007}"))).ToArray());
        var zip = Archives.Write(Archives.Name, Archives.Damaged(Archives.Zip(general, ResearchText), Archives.General));
        var (exit, report) = await Import(db, zip);
        Assert.Equal(0, exit);
        var (damaged, research) = (report["entries"]![0]!, report["entries"]![1]!);
        // The damage is met where the entry's text ends (a ZIP entry's checksum and length are known only at its end): the last
        // line read, listed even after the first 100 refused rows that the corrupted data made.
        var damage = damaged["errors"]!.AsArray()[^1]!;
        Assert.Equal("(file)", damage["column"]!.GetValue<string>());
        Assert.True(damage["line"]!.GetValue<int>() > Count(damaged, "rows"), damage.ToJsonString());
        Assert.StartsWith($"the ZIP entry {Archives.General}", damage["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Count(damaged, "imported") is > 1000 and < 3000, damaged.ToJsonString());
        Assert.Equal((300, 0), (Count(research, "rows"), Count(research, "rejected")));
        Assert.True(Count(research, "imported") >= 250, research.ToJsonString());
        Assert.Contains(report["errors"]!.AsArray(), e => e!["entry"]!.GetValue<string>() == Archives.General && e["column"]!.GetValue<string>() == "(file)");
    }
}

public sealed class OpenPaymentsProgramYearZipCliOnSqlite() : OpenPaymentsProgramYearZipCliTests(() => Task.FromResult(TestDatabase.CreateSqlite()));

public sealed class OpenPaymentsProgramYearZipCliOnPostgres() : OpenPaymentsProgramYearZipCliTests(TestDatabase.CreatePostgresAsync);
