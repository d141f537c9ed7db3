using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>An analysis of the file contract of PRODUCT.md §2.8, aggregated by DuckDB straight from the files.</summary>
public static class FileAnalysis
{
    public static async Task<ImpactResult> RunAsync(string exposuresPath, string outcomesPath, string? covariatesPath,
        ImpactOptions options, CancellationToken ct, IProgress<string>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exposures = ExposureFile.Read(exposuresPath);
        var covariates = covariatesPath is null ? CovariateTable.Empty : CovariateTable.Read(covariatesPath, options.Categorical);
        // Reading a million covariate rows leaves their text behind; hand it back before the engine needs memory.
        if (covariates.Count > 100_000) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        progress?.Report($"{clock.Elapsed.TotalSeconds,6:F2} s  read {exposures.Count:N0} exposures and {covariates.Count:N0} covariate rows");
        await using var panel = await DuckDbPanel.OpenCsvAsync(outcomesPath, ct);
        return await ImpactEngine.AnalyzeAsync(panel, exposures, covariates, options,
            (Path.GetFileName(exposuresPath), covariatesPath is null ? null : Path.GetFileName(covariatesPath)), ct, progress);
    }
}
