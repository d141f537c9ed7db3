using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Liaison.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for the Postgres provider; never used at run time.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LiaisonDbContext>
{
    public LiaisonDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        new WorkspaceDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=liaison_design").Configure(options);
        return new LiaisonDbContext(options.Options).LendTo(TimeProvider.System, new FixedActor(Actor.System("design-time")));
    }
}
