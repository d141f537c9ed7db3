using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>CMS's ZIP download (and a gzip copy) imported as published: what the plain file gives, resumable, refused in words.</summary>
public abstract class NppesArchiveImportTests(TestApp app)
{
    /// <summary>The sample and a bad last row (one column): reported on line 13 however the file comes.</summary>
    private static string Data => File.ReadAllText(NppesDownload.Sample) + "\"1234\"\n";

    private static string Plain() => NppesDownload.Write(NppesDownload.DataEntry, System.Text.Encoding.UTF8.GetBytes(Data));

    private Task<ImportReport> Import(IImportSource source, int batchSize = 5000) => app.Import(source, batchSize);

    /// <summary>What an import of the file gave, whichever rows of it were new to the shared database: the errors one line each.</summary>
    private static (long Total, long Rejected, string Errors) Outcome(ImportReport r) =>
        (r.Imported + r.Updated + r.Unchanged, r.Rejected, string.Join('\n', r.Errors.Select(e => $"{e.Line} {e.Column}: {e.Reason}")));

    [Fact]
    public async Task The_download_and_a_gzip_copy_import_with_the_plain_files_counts_and_errors_and_again_add_nothing()
    {
        var plain = Outcome(await Import(new NppesFileSource(Plain())));
        var zip = NppesDownload.Write("NPPES_Data_Dissemination_November_2025.zip", NppesDownload.Zip(Data));
        var zipped = await Import(new NppesFileSource(zip));
        Assert.Equal(plain, Outcome(zipped));
        Assert.Equal((11L, 1L), (plain.Total, plain.Rejected));
        Assert.StartsWith("13 (row): the row has 1 columns", plain.Errors, StringComparison.Ordinal);
        Assert.Equal("NPPES_Data_Dissemination_November_2025.zip", zipped.File);
        var gzipped = await Import(new NppesFileSource(NppesDownload.Write(NppesDownload.DataEntry + ".gz", NppesDownload.Gzip(Data))));
        Assert.Equal(plain, Outcome(gzipped));

        var again = await Import(new NppesFileSource(zip));
        Assert.Equal((0L, 0L, 11L), (again.Imported, again.Updated, again.Unchanged));
        Assert.False(again.Resumed);
        var runs = await app.Db(db => db.DirectoryImportRuns.AsNoTracking().Where(r => r.Id == zipped.RunId || r.Id == again.RunId).ToListAsync());
        Assert.All(runs, r => Assert.Equal((new FileInfo(zip).Length, ImportStatus.Completed), (r.FileSize, r.Status)));
        Assert.Single(runs.Select(r => r.Fingerprint).Distinct());
    }

    [Fact]
    public async Task A_killed_import_of_the_download_resumes_from_its_checkpoint_to_the_same_final_state()
    {
        var zip = NppesDownload.Write("NPPES_Data_Dissemination_November_2025.zip", NppesDownload.Zip(Data));
        await Assert.ThrowsAsync<IOException>(() => app.InScope(async sp =>
        {
            var runner = sp.GetRequiredService<DirectoryImportRunner>();
            runner.BatchSize = 4;
            return await runner.RunAsync(new FailingAfterFirstBatch(new NppesFileSource(zip)), null, default);
        }));
        var fingerprint = FileFingerprint.Of(zip);
        var checkpoint = await app.Db(db => db.DirectoryImportRuns.AsNoTracking().SingleAsync(r => r.Fingerprint == fingerprint
            && r.Status == ImportStatus.Running));
        Assert.Equal((5L, 4L), (checkpoint.CheckpointLine, checkpoint.Imported + checkpoint.Updated + checkpoint.Unchanged));

        var resumed = await Import(new NppesFileSource(zip), batchSize: 4);
        Assert.True(resumed.Resumed);
        Assert.Equal(checkpoint.Id, resumed.RunId);
        Assert.Equal(Outcome(await Import(new NppesFileSource(Plain()))), Outcome(resumed));
        Assert.Equal(1, await app.Db(db => db.Hcps.CountAsync(h => h.Npi == "1588667638")));
    }

    [Fact]
    public async Task A_download_without_its_data_file_is_refused_naming_what_it_holds()
    {
        var zip = NppesDownload.Write("NPPES_Data_Dissemination_November_2025.zip", NppesDownload.Zip(Data, withData: false));
        var result = await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(zip), null, default));
        Assert.False(result.IsSuccess);
        Assert.Equal($"{zip}: the ZIP archive holds no npidata_pfile_….csv data file: it holds npidata_pfile_20050523-20251109_fileheader.csv, "
            + "othername_pfile_20050523-20251109.csv, NPPES_Data_Dissemination_Readme.pdf", result.Error!.Message);
    }
}

public sealed class NppesArchiveImportOnSqlite(SqliteApp app) : NppesArchiveImportTests(app), IClassFixture<SqliteApp>;

public sealed class NppesArchiveImportOnPostgres(PostgresApp app) : NppesArchiveImportTests(app), IClassFixture<PostgresApp>;
