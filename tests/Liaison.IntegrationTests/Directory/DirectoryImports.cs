using Liaison.Core.Directory.Import;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>A directory import run in a scope of the app, in batches of the test's size; a refused file fails the test.</summary>
internal static class DirectoryImports
{
    public static Task<ImportReport> Import(this TestApp app, IImportSource source, int batchSize = 5000) => app.InScope(async sp =>
    {
        var runner = sp.GetRequiredService<DirectoryImportRunner>();
        runner.BatchSize = batchSize;
        var result = await runner.RunAsync(source, null, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    });
}
