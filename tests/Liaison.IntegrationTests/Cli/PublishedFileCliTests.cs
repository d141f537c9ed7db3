using System.IO.Compression;
using System.Text.Json;
using Liaison.IntegrationTests.Directory;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary>Files imported through the CLI as their sources publish them (NPPES's ZIP download, PubMed's .xml.gz), on each engine.</summary>
public abstract class PublishedFileCliTests(Func<Task<TestDatabase>> newDatabase)
{
    private static async Task<JsonElement> Import(TestDatabase db, params string[] args)
    {
        var run = await Infrastructure.Cli.Liaison(db.Database, ["import", .. args, "--json"]);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode} {run.Stderr}");
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    private static (long Total, long Rejected, string Errors) Outcome(JsonElement report) =>
        (report.GetProperty("imported").GetInt64() + report.GetProperty("updated").GetInt64() + report.GetProperty("unchanged").GetInt64(),
            report.GetProperty("rejected").GetInt64(), report.GetProperty("errors").GetRawText());

    [Fact]
    public async Task The_NPPES_download_imports_as_its_data_file_does_and_again_adds_nothing()
    {
        await using var db = await newDatabase();
        var data = await File.ReadAllTextAsync(NppesDownload.Sample) + "\"1234\"\n";
        var zip = NppesDownload.Write("NPPES_Data_Dissemination_November_2025.zip", NppesDownload.Zip(data));
        var zipped = await Import(db, "nppes", zip);
        Assert.Equal(11, zipped.GetProperty("imported").GetInt64());
        var plain = await Import(db, "nppes", NppesDownload.Write(NppesDownload.DataEntry, System.Text.Encoding.UTF8.GetBytes(data)));
        Assert.Equal(Outcome(plain), Outcome(zipped));
        Assert.Equal(13, zipped.GetProperty("errors")[0].GetProperty("line").GetInt64());
        var again = await Import(db, "nppes", zip);
        Assert.Equal((0L, 0L, 11L), (again.GetProperty("imported").GetInt64(), again.GetProperty("updated").GetInt64(),
            again.GetProperty("unchanged").GetInt64()));
    }

    [Fact]
    public async Task The_download_reports_its_practice_location_file_as_a_part_of_its_own_in_json()
    {
        await using var db = await newDatabase();
        var locations = string.Join(',', Core.Directory.Registry.PracticeLocationLayout.Published.Select(h => $"\"{h}\""))
            + "\n1588667638,4205 BELFORT RD,,JACKSONVILLE,FL,32216,,,,\n1588667638,1 MAIN ST,,JACKSONVILLE,FL,3221,,,,\n";
        var zip = NppesDownload.Write("NPPES_Data_Dissemination_November_2025.zip",
            NppesDownload.Zip(await File.ReadAllTextAsync(NppesDownload.Sample), locations: locations));
        var first = await Import(db, "nppes", zip);
        Assert.Equal(["imported", "updated", "unchanged", "rejected", "errors", "practiceLocations"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal((11L, 0L, "[]"), (first.GetProperty("imported").GetInt64(), first.GetProperty("rejected").GetInt64(),
            first.GetProperty("errors").GetRawText()));
        var part = first.GetProperty("practiceLocations");
        Assert.Equal((1L, 0L, 0L, 1L), (part.GetProperty("imported").GetInt64(), part.GetProperty("updated").GetInt64(),
            part.GetProperty("unchanged").GetInt64(), part.GetProperty("rejected").GetInt64()));
        var error = part.GetProperty("errors")[0];
        Assert.Equal((3L, "Provider Secondary Practice Location Address - Postal Code"),
            (error.GetProperty("line").GetInt64(), error.GetProperty("column").GetString()));

        var again = (await Import(db, "nppes", zip)).GetProperty("practiceLocations");
        Assert.Equal((0L, 0L, 1L, 1L), (again.GetProperty("imported").GetInt64(), again.GetProperty("updated").GetInt64(),
            again.GetProperty("unchanged").GetInt64(), again.GetProperty("rejected").GetInt64()));
        var plain = await Import(db, "nppes", NppesDownload.Sample);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("practiceLocations").ValueKind);
    }

    [Fact]
    public async Task A_gzipped_PubMed_file_imports_as_the_xml_does()
    {
        await using var db = await newDatabase();
        var xml = Path.Combine(RepoPaths.SharedData, "pubmed", "biopython_pubmed1.xml");
        var gz = Path.Combine(TestTemp.Folder("pubmed-gz-"), "pubmed26n0001.xml.gz");
        await using (var file = File.Create(gz))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await gzip.WriteAsync(await File.ReadAllBytesAsync(xml));
        var compressed = await Import(db, "pubmed", gz);
        Assert.Equal(2, compressed.GetProperty("imported").GetInt64());
        var plain = await Import(db, "pubmed", xml);
        Assert.Equal(Outcome(compressed), Outcome(plain));
        Assert.Equal(2, plain.GetProperty("unchanged").GetInt64());
    }
}

public sealed class PublishedFileCliOnSqlite() : PublishedFileCliTests(() => Task.FromResult(TestDatabase.CreateSqlite()));

public sealed class PublishedFileCliOnPostgres() : PublishedFileCliTests(TestDatabase.CreatePostgresAsync);
