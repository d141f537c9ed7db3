using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>An analysis of the file contract of PRODUCT.md §2.8, aggregated by DuckDB straight from the files.</summary>
public static class FileAnalysis
{
    public static async Task<ImpactResult> RunAsync(string exposuresPath, string outcomesPath, string? covariatesPath,
        ImpactOptions options, CancellationToken ct)
    {
        var exposures = ExposureFile.Read(exposuresPath);
        var covariates = covariatesPath is null ? CovariateTable.Empty : CovariateTable.Read(covariatesPath, options.Categorical);
        await using var panel = await DuckDbPanel.OpenCsvAsync(outcomesPath, ct);
        return await ImpactEngine.AnalyzeAsync(panel, exposures, covariates, options,
            (Path.GetFileName(exposuresPath), covariatesPath is null ? null : Path.GetFileName(covariatesPath)), ct);
    }
}
