using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>An analysis of the file contract of PRODUCT.md §2.8, aggregated by a parallel pass over the outcomes file.</summary>
public static class FileAnalysis
{
    public static async Task<ImpactResult> RunAsync(string exposuresPath, string outcomesPath, string? covariatesPath,
        ImpactOptions options, CancellationToken ct, IProgress<string>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exposures = ExposureFile.Read(exposuresPath);
        progress?.Report($"{clock.Elapsed.TotalSeconds,6:F2} s  read {exposures.Count:N0} exposures");
        // Covariates are only needed once the outcomes are summarised: read them meanwhile.
        var covariates = covariatesPath is null ? Task.FromResult(CovariateTable.Empty)
            : Task.Run(() => CovariateTable.Read(covariatesPath, options.Categorical), ct);
        OutcomeFilePanel opened;
        try
        {
            opened = OutcomeFilePanel.Open(outcomesPath);
        }
        catch (ImpactInputException)
        {
            await covariates; // the covariates' problems are reported first, as when they were read first
            throw;
        }
        await using var panel = opened;
        return await ImpactEngine.AnalyzeAsync(panel, exposures, covariates, options,
            (Path.GetFileName(exposuresPath), covariatesPath is null ? null : Path.GetFileName(covariatesPath)), ct, progress);
    }
}
