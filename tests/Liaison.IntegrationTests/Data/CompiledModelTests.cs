using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Liaison.IntegrationTests.Data;

/// <summary>
/// Each provider's compiled model (what every context loads) is the model the entity configurations build: every
/// entity, property, column, key, index, converter and annotation. An entity changed without <c>./scripts/compiled-model</c>
/// fails here, not later as a column the workspace lacks.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=compiled-model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=compiled-model-check")]
    public void The_compiled_model_is_the_model_the_code_builds(DatabaseProvider provider, string connectionString)
    {
        var compiled = Model(new WorkspaceDatabase(provider, connectionString));
        var built = Model(new WorkspaceDatabase(provider, connectionString) { UsesCompiledModel = false });

        Assert.Equal($"Liaison.Migrations.{provider}.CompiledModel.LiaisonDbContextModel", compiled.GetType().FullName);
        Assert.NotEqual(compiled.GetType(), built.GetType());
        var expected = built.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var actual = compiled.ToDebugString(MetadataDebugStringOptions.LongDefault);
        Assert.True(expected == actual,
            $"The {provider} compiled model differs from the model the code builds: run ./scripts/compiled-model. First difference:\n"
            + FirstDifference(expected, actual));
    }

    private static IModel Model(WorkspaceDatabase database)
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        database.Configure(options);
        using var context = new LiaisonDbContext(options.Options).LendTo(TimeProvider.System, new FixedActor(Actor.System("model-check")));
        return context.Model;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "(end)";
            var y = i < a.Length ? a[i] : "(end)";
            if (x != y) return $"line {i + 1}: the code builds\n  {x.Trim()}\nthe compiled model has\n  {y.Trim()}";
        }
        return "(none)";
    }
}
