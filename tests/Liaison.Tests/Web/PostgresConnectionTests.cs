using Liaison.Core.Common;
using Liaison.Core.Data;
using Npgsql;

namespace Liaison.Tests.Web;

public sealed class PostgresConnectionTests
{
    private static NpgsqlConnectionStringBuilder ContextConnection(string configured) =>
        new(new WorkspaceDatabase(DatabaseProvider.Postgres, configured).ContextConnectionString);

    [Fact]
    public void The_apps_connections_prepare_frequent_statements_unless_the_string_says_otherwise()
    {
        Assert.Equal(128, ContextConnection("Host=db;Database=liaison").MaxAutoPrepare);
        Assert.Equal(0, ContextConnection("Host=db;Database=liaison;Max Auto Prepare=0").MaxAutoPrepare);
        Assert.Equal(5, ContextConnection("Host=db;Database=liaison;MaxAutoPrepare=5").MaxAutoPrepare);
    }

    [Fact]
    public void The_apps_connections_skip_the_pooled_connection_reset() =>
        Assert.True(ContextConnection("Host=db;Database=liaison").NoResetOnClose);
}
