using System.Text;
using DuckDB.NET.Data;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;

namespace Liaison.Tests.Impact;

/// <summary>
/// The parallel pass over outcomes.csv gives the same analysis however the file is cut into parts, whatever the
/// layout of its lines, and puts each subject in the cluster DuckDB's hash gives it (as a SQLite workspace does).
/// </summary>
public sealed class OutcomeFileReadingTests
{
    private static readonly PanelSpec Spec = new()
        { Subjects = 300, StartMonth = 2025 * 12, Pre = 6, Post = 6, Effect = 0.3, Exposure = (1, 4), TargetOn = TargetingBasis.TrueRate };

    private static async Task<ImpactResult> Analyze(ImpactFiles files, ImpactDesign design, int partBytes = OutcomeFileScan.PartBytes)
    {
        await using var panel = OutcomeFilePanel.Open(files.Outcomes, partBytes);
        return await ImpactEngine.AnalyzeAsync(panel, ExposureFile.Read(files.Exposures), CovariateTable.Read(files.Covariates, null),
            new ImpactOptions(new AnalysisWindows(Spec.StartMonth, Spec.Pre, Spec.Post), design), ("exposures.csv", "covariates.csv"),
            CancellationToken.None);
    }

    private static void AssertSame(ImpactResult expected, ImpactResult actual)
    {
        Assert.Equal((expected.NTreated, expected.NControl, expected.NTreatedUnmatched), (actual.NTreated, actual.NControl, actual.NTreatedUnmatched));
        foreach (var (e, a) in new[] { (expected.Effect, actual.Effect), (expected.CiLow, actual.CiLow), (expected.CiHigh, actual.CiHigh),
                     (expected.NaiveEffect, actual.NaiveEffect) })
            Assert.Equal(e, a, 1e-12);
        Assert.Equal(expected.EventStudy.Select(m => m.Effect), actual.EventStudy.Select(m => m.Effect));
    }

    [Theory]
    [InlineData(ImpactDesign.Did)]
    [InlineData(ImpactDesign.MatchedDid)]
    public async Task Cutting_the_file_into_many_parts_changes_nothing(ImpactDesign design)
    {
        using var files = ImpactFiles.Simulated(Spec, 5);
        var whole = await Analyze(files, design);
        var cut = await Analyze(files, design, partBytes: 997);
        AssertSame(whole, cut);
    }

    [Fact]
    public async Task Shuffled_quoted_padded_crlf_lines_read_like_plain_ones()
    {
        using var files = ImpactFiles.Simulated(Spec, 6);
        var plain = await Analyze(files, ImpactDesign.MatchedDid);
        var lines = File.ReadAllLines(files.Outcomes);
        var rng = new Random(1);
        var body = lines.Skip(1).OrderBy(_ => rng.Next()).Select((l, i) =>
        {
            var f = l.Split(',');
            return (i % 3) switch
            {
                0 => $"\"{f[0]}\",{f[1]}, {f[2]} ,{f[3]},note",
                1 => $"{f[0]} ,\"{f[1]}\",{f[2]},\"{f[3]}\",\"a, b\"",
                _ => $"{f[0]},{f[1]},{f[2]},{f[3]}.0,",
            };
        });
        var text = "subject_id,period,events,exposure,comment\r\n\r\n" + string.Join("\r\n", body);
        File.WriteAllText(files.Outcomes, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        AssertSame(plain, await Analyze(files, ImpactDesign.MatchedDid, partBytes: 1500));
    }

    [Theory]
    [InlineData(ImpactDesign.Did)]
    [InlineData(ImpactDesign.MatchedDid)]
    public async Task A_file_sorted_by_period_reads_like_one_sorted_by_subject(ImpactDesign design)
    {
        using var files = ImpactFiles.Simulated(Spec, 8);
        var bySubject = await Analyze(files, design);
        var lines = File.ReadAllLines(files.Outcomes);
        var byPeriod = lines.Skip(1).Select((l, i) => (l, i)).OrderBy(x => x.l.Split(',')[1], StringComparer.Ordinal).ThenBy(x => x.i)
            .Select(x => x.l);
        File.WriteAllLines(files.Outcomes, lines.Take(1).Concat(byPeriod));
        AssertSame(bySubject, await Analyze(files, design, partBytes: 1500));
    }

    [Fact]
    public async Task A_month_repeated_far_away_in_another_part_is_named_as_a_duplicate()
    {
        using var files = ImpactFiles.Simulated(Spec, 7);
        var first = File.ReadLines(files.Outcomes).Skip(1).First();
        File.AppendAllText(files.Outcomes, first + "\n");
        await using var panel = OutcomeFilePanel.Open(files.Outcomes, 997);
        var error = await Assert.ThrowsAsync<ImpactInputException>(() => ImpactEngine.AnalyzeAsync(panel, ExposureFile.Read(files.Exposures),
            CovariateTable.Empty, new ImpactOptions(new AnalysisWindows(Spec.StartMonth, Spec.Pre, Spec.Post), ImpactDesign.Did),
            ("exposures.csv", null), CancellationToken.None));
        Assert.Contains("(the first is line 2)", error.Problems[0].Reason);
    }

    [Fact]
    public async Task Subject_clusters_are_duckdbs_hash_of_the_id()
    {
        string[] ids = ["", "A", "S0000001", "1234567890", "twelve chars", "thirteen char", "sixteen bytes!!!", "é", "Ünïcödé subject",
            "😀", string.Concat(Enumerable.Repeat("long-id-", 9))];
        await using var db = new DuckDBConnection("Data Source=:memory:");
        await db.OpenAsync();
        foreach (var id in ids)
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT hash($id)";
            cmd.Parameters.Add(new DuckDBParameter("id", id));
            var expected = (ulong)(await cmd.ExecuteScalarAsync())!;
            Assert.Equal(expected, SubjectHash.Of(Encoding.UTF8.GetBytes(id)));
        }
    }
}
