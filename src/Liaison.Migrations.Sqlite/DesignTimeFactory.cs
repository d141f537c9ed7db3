using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Liaison.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for the Sqlite provider; never used at run time.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LiaisonDbContext>
{
    public LiaisonDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        new WorkspaceDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db").Configure(options);
        return new LiaisonDbContext(options.Options).LendTo(TimeProvider.System, new FixedActor(Actor.System("design-time")));
    }
}
