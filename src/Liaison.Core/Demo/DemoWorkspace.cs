using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Core.Demo;

/// <summary>Runs every capability's demo contribution, in order, each in its own scope.</summary>
public sealed class DemoWorkspace(IServiceScopeFactory scopes)
{
    public const int DefaultSeed = 20261125;

    public async Task CreateAsync(int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var context = new DemoContext(seed, progress);
        List<(int Order, string Name, Type Type)> plan;
        using (var scope = scopes.CreateScope())
            plan = scope.ServiceProvider.GetServices<IDemoContribution>()
                .Select(c => (c.Order, c.Name, c.GetType())).OrderBy(c => c.Order).ToList();
        foreach (var (_, name, type) in plan)
        {
            progress?.Report($"demo: {name}");
            using var scope = scopes.CreateScope();
            var contribution = scope.ServiceProvider.GetServices<IDemoContribution>().First(c => c.GetType() == type);
            await contribution.SeedAsync(context, ct);
        }
    }
}
