using Liaison.Core.Directory;
using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Answers saved from the NPI Registry API import as the registry's file does (`import nppes` picks the reader by the
/// file's content): counted and reported by line, a second import adds nothing, a killed one resumes, an error answer is refused.
/// </summary>
public abstract class NppesApiImportTests(TestApp app)
{
    private static string Folder => Path.Combine(RepoPaths.SharedData, "nppes-api");

    /// <summary>Every recorded answer, one after another as a script appends them: 40 providers, 9 of them twice, 2 error answers, one cut short.</summary>
    private static string AllAnswers() => NppesDownload.Write("npi-registry-answers.json",
        System.IO.Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray());

    private static (long Total, long Rejected, string Errors) Outcome(ImportReport r) =>
        (r.Imported + r.Updated + r.Unchanged, r.Rejected, string.Join('\n', r.Errors.Select(e => $"{e.Line} {e.Column}: {e.Reason}")));

    [Fact]
    public async Task The_recorded_answers_import_every_provider_once_report_the_rest_by_line_and_again_add_nothing()
    {
        var file = AllAnswers();
        var source = NppesSources.For(file);
        Assert.IsType<NppesApiSource>(source);
        var first = await app.Import(source);
        var (total, rejected, errors) = Outcome(first);
        Assert.Equal((40L, 12L), (total, rejected));
        Assert.Equal(2, errors.Split('\n').Count(e => e.Contains(" Errors: the NPI Registry answered with an error", StringComparison.Ordinal)));
        Assert.Single(errors.Split('\n'), e => e.Contains(" result_count: result_count says 200 providers but results holds 2", StringComparison.Ordinal));
        Assert.Equal(9, errors.Split('\n').Count(e => e.Contains("is given by an earlier result of this file", StringComparison.Ordinal)));
        Assert.Equal(first.Errors.Select(e => e.Line).Order(), first.Errors.Select(e => e.Line));

        var again = await app.Import(NppesSources.For(file));
        Assert.Equal((0L, 0L, 40L), (again.Imported, again.Updated, again.Unchanged));

        var rowell = await app.Db(db => db.Hcps.AsNoTracking().SingleAsync(h => h.Npi == "1003142399"));
        Assert.Equal(("ROWELL", new DateOnly(2015, 1, 14), new DateOnly(2019, 2, 13), true),
            (rowell.LastName, rowell.DeactivatedOn, rowell.ReactivatedOn, rowell.IsActive));
        var csp = await app.Db(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Npi == "1568946812"));
        Assert.Equal("CSP ANESTHESIA LLC", csp.Name);
    }

    [Fact]
    public async Task A_killed_import_of_the_answers_resumes_from_its_checkpoint_to_the_same_final_state()
    {
        var file = NppesDownload.Write("npi-registry-f7d8ea.json", File.ReadAllBytes(Path.Combine(Folder, "ropensci-npi_api-f7d8ea.json")));
        await Assert.ThrowsAsync<IOException>(() => app.InScope(async sp =>
        {
            var runner = sp.GetRequiredService<DirectoryImportRunner>();
            runner.BatchSize = 4;
            return await runner.RunAsync(new FailingAfterFirstBatch(NppesSources.For(file)), null, default);
        }));
        var fingerprint = FileFingerprint.Of(file);
        var checkpoint = await app.Db(db => db.DirectoryImportRuns.AsNoTracking().SingleAsync(r => r.Fingerprint == fingerprint && r.Status == ImportStatus.Running));
        Assert.Equal(4L, checkpoint.CheckpointLine);

        var resumed = await app.Import(NppesSources.For(file), batchSize: 4);
        Assert.True(resumed.Resumed);
        Assert.Equal((10L, 0L), (resumed.Imported + resumed.Updated + resumed.Unchanged, resumed.Rejected));
    }

    [Fact]
    public async Task An_error_answer_is_refused_with_the_registrys_words_and_imports_nothing()
    {
        var file = NppesDownload.Write("npi-registry-error.json", File.ReadAllBytes(Path.Combine(Folder, "ropensci-npi_api-c85286.json")));
        var result = await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(NppesSources.For(file), null, default));
        Assert.False(result.IsSuccess);
        Assert.Equal($"{file}: line 1: the NPI Registry answered with an error, not providers: “enumeration_type requires additional search criteria” "
            + "(field enumeration_type, error 09)", result.Error!.Message);
    }
}

public sealed class NppesApiImportOnSqlite(SqliteApp app) : NppesApiImportTests(app), IClassFixture<SqliteApp>;

public sealed class NppesApiImportOnPostgres(PostgresApp app) : NppesApiImportTests(app), IClassFixture<PostgresApp>;
