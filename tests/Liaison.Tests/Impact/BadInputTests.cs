using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;

namespace Liaison.Tests.Impact;

/// <summary>Every rule of the file contract fails the whole analysis with the file, the line and the reason.</summary>
public sealed class BadInputTests
{
    private const string Exposures = "subject_id,exposed_on\nA,2025-01-10\n";

    private static readonly string GoodOutcomes = "subject_id,period,events,exposure\n" + string.Concat(
        new[] { "A", "B", "C" }.SelectMany(s => new[] { "2024-11", "2024-12", "2025-01", "2025-02" }.Select(p => $"{s},{p},3,1\n")));

    private static async Task<InputProblem> FirstProblem(string outcomes, string exposures = Exposures, string? covariates = null)
    {
        using var files = new ImpactFiles().Write("outcomes.csv", outcomes).Write("exposures.csv", exposures);
        if (covariates is not null) files.Write("covariates.csv", covariates);
        var error = await Assert.ThrowsAsync<ImpactInputException>(() => FileAnalysis.RunAsync(files.Exposures, files.Outcomes,
            covariates is null ? null : files.Covariates,
            new ImpactOptions(AnalysisWindows.Create("2025-01", 2, 2), ImpactDesign.Did), CancellationToken.None));
        Assert.NotEmpty(error.Problems);
        return error.Problems[0];
    }

    private static string Replace(int line, string text)
    {
        var lines = GoodOutcomes.TrimEnd('\n').Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public async Task Good_files_analyse()
    {
        using var files = new ImpactFiles().Write("outcomes.csv", Replace(9, "B,2025-02,5,1")).Write("exposures.csv", Exposures);
        var r = await FileAnalysis.RunAsync(files.Exposures, files.Outcomes, null,
            new ImpactOptions(AnalysisWindows.Create("2025-01", 2, 2), ImpactDesign.Did), CancellationToken.None);
        Assert.Equal(1, r.NTreated);
        Assert.Equal(2, r.NControl);
    }

    [Fact]
    public async Task Missing_column_names_the_column_on_line_1()
    {
        var p = await FirstProblem("subject_id,period,events\nA,2025-01,1\n");
        Assert.Equal(("outcomes.csv", 1L), (p.File, p.Line));
        Assert.Contains("'exposure'", p.Reason);
    }

    [Fact]
    public async Task A_subject_id_holding_a_nul_character_names_its_line_in_either_file()
    {
        var outcomes = await FirstProblem(Replace(6, "B\0,2024-12,3,1"));
        Assert.Equal(("outcomes.csv", 6L), (outcomes.File, outcomes.Line));
        Assert.Contains("NUL", outcomes.Reason);
        var exposures = await FirstProblem(GoodOutcomes, "subject_id,exposed_on\nA,2025-01-10\nB\0,2025-01-12\n");
        Assert.Equal(("exposures.csv", 3L), (exposures.File, exposures.Line));
        Assert.Contains("NUL", exposures.Reason);
    }

    [Fact]
    public async Task Bad_period_names_its_line()
    {
        var p = await FirstProblem(Replace(5, "A,2024-13,1,1"));
        Assert.Equal(5, p.Line);
        Assert.Contains("period", p.Reason);
    }

    [Fact]
    public async Task Negative_events_name_their_line()
    {
        var p = await FirstProblem(Replace(5, "A,2025-02,-1,1"));
        Assert.Equal(("outcomes.csv", 5L), (p.File, p.Line));
        Assert.Contains("events must be ≥ 0", p.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2.5")]
    public async Task Zero_or_negative_exposure_names_its_line(string exposure)
    {
        var p = await FirstProblem(Replace(6, $"B,2024-11,1,{exposure}"));
        Assert.Equal(6, p.Line);
        Assert.Contains("exposure must be > 0", p.Reason);
    }

    [Fact]
    public async Task Duplicate_subject_period_names_the_second_line_and_the_first()
    {
        var p = await FirstProblem(GoodOutcomes + "C,2025-01,1,1\n");
        Assert.Equal(14, p.Line);
        Assert.Contains("line 12", p.Reason);
    }

    [Fact]
    public async Task Unknown_subject_in_exposures_names_the_exposures_line()
    {
        var p = await FirstProblem(GoodOutcomes, Exposures + "Z,2025-01-02\n");
        Assert.Equal(("exposures.csv", 3L), (p.File, p.Line));
        Assert.Contains("'Z'", p.Reason);
    }

    [Fact]
    public async Task Unparseable_exposure_date_names_its_line()
    {
        var p = await FirstProblem(GoodOutcomes, "subject_id,exposed_on\nA,10/01/2025\n");
        Assert.Equal(("exposures.csv", 2L), (p.File, p.Line));
        Assert.Contains("ISO date", p.Reason);
    }

    [Theory]
    [InlineData("A,2025-02,three,1", "events")]
    [InlineData("A,2025-02,3,one", "exposure")]
    public async Task Unparseable_number_names_its_line_and_column(string row, string column)
    {
        var p = await FirstProblem(Replace(5, row));
        Assert.Equal(5, p.Line);
        Assert.Contains(column, p.Reason);
    }

    [Theory]
    [InlineData("A,2025-02,3.0,1", "events '3.0' is not a whole number")]
    [InlineData("A,2025-02,3,NaN", "exposure 'NaN' is not a number")]
    [InlineData("A,2025-02,3,1e999", "exposure '1e999' is not a number")]
    [InlineData("A,0001-01,3,1", "period '0001-01' is not a month (YYYY-MM, 1900–2100)")]
    [InlineData("A,2101-01,3,1", "period '2101-01' is not a month (YYYY-MM, 1900–2100)")]
    public async Task Counts_that_are_not_whole_and_exposure_that_is_not_finite_name_their_line(string row, string reason)
    {
        var p = await FirstProblem(Replace(5, row));
        Assert.Equal(5, p.Line);
        Assert.Contains(reason, p.Reason);
    }

    [Fact]
    public async Task Empty_field_names_its_line()
    {
        var p = await FirstProblem(Replace(7, "B,2024-12,,1"));
        Assert.Equal(7, p.Line);
        Assert.Contains("events is empty", p.Reason);
    }

    [Fact]
    public async Task Duplicate_covariate_row_names_its_line()
    {
        var p = await FirstProblem(GoodOutcomes, Exposures, "subject_id,region\nA,North\nA,South\n");
        Assert.Equal(("covariates.csv", 3L), (p.File, p.Line));
    }
}
