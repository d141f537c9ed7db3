using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Liaison.Core.Data;

/// <summary>
/// The workspace database as configuration names it: <c>Database:Provider</c> (Sqlite|Postgres) and
/// <c>ConnectionStrings:Liaison</c>. The web app, the CLI and the tests all resolve it here.
/// </summary>
public sealed record WorkspaceDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Liaison.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Liaison.Migrations.Postgres";

    /// <param name="configuration">The app's configuration.</param>
    /// <param name="baseDirectory">Where a relative SQLite file path is anchored (the content root).</param>
    public static WorkspaceDatabase FromConfiguration(IConfiguration configuration, string baseDirectory)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var p)
                ? p
                : throw new WorkspaceConfigurationException($"Database:Provider is '{providerText}'; expected Sqlite or Postgres.");
        var cs = configuration.GetConnectionString("Liaison");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new WorkspaceConfigurationException("Database:Provider is Postgres but ConnectionStrings:Liaison is not set.");
            cs = "Data Source=data/liaison.db";
        }
        return new(provider, provider == DatabaseProvider.Sqlite ? AnchorSqlitePath(cs, baseDirectory) : cs)
        {
            StrictQueries = configuration.GetValue<bool>("Database:StrictQueries"),
        };
    }

    /// <summary>
    /// SQLite only: a long-running host (the web app) checkpoints the write-ahead log in the background instead of on
    /// commit (see <see cref="SqliteConnectionSetup"/>); it must then run <see cref="SqliteConnectionSetup.CheckpointAsync"/>.
    /// </summary>
    public bool CheckpointsInBackground { get; init; }

    /// <summary>
    /// <c>Database:StrictQueries</c>: a query that loads several collections in one joined statement (each row of the
    /// owner repeated for the product of its collections) fails instead of logging EF Core's warning. The tests run so,
    /// so that no such query reaches the product; the product itself only warns.
    /// </summary>
    public bool StrictQueries { get; init; }

    /// <summary>The SQLite file, if this is a file-backed SQLite workspace.</summary>
    public string? SqliteFile =>
        Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>
    /// Whether contexts load the provider's compiled model (<see cref="CompiledModels"/>); false builds the model from the
    /// entity configurations, as the test comparing the two does.
    /// </summary>
    internal bool UsesCompiledModel { get; init; } = true;

    public void Configure(DbContextOptionsBuilder options)
    {
        if (UsesCompiledModel && CompiledModels.For(Provider) is { } model) options.UseModel(model);
        options.UseSnakeCaseNamingConvention();
        if (StrictQueries) options.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning));
        if (Provider == DatabaseProvider.Sqlite)
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(SqliteConnectionSetup.For(CheckpointsInBackground), SqliteWriteGate.Instance);
        else
            options.UseNpgsql(ContextConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
    }

    /// <summary>
    /// PostgreSQL: what EF Core's contexts connect with: the configured string without Npgsql's reset of a pooled
    /// connection (DISCARD ALL, sent ahead of the next command: measured 0.3–1 ms on a request's first statement), and
    /// with Npgsql's automatic preparation of statements run often (unless the string sets its own
    /// <c>Max Auto Prepare</c>): a request's statements are then parsed and planned once per connection, not on every
    /// run (directory-search: a misspelt-surname search through the API p50 2.19 → 1.76 ms). The contexts keep no other
    /// session state (their one lock is transaction-scoped); the bulk loaders and analyses that SET session settings or
    /// create temporary tables open their connections from <see cref="ConnectionString"/>, a pool of its own that is
    /// still reset.
    /// </summary>
    internal string ContextConnectionString
    {
        get
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { NoResetOnClose = true };
            // Only when the string says nothing: "Max Auto Prepare=0" there turns preparation off.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString }.Keys.Cast<string>();
            if (!given.Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
                b.MaxAutoPrepare = AutoPreparedStatements;
            return b.ConnectionString;
        }
    }

    /// <summary>Statements each pooled connection keeps prepared (Npgsql drops the least used past this).</summary>
    private const int AutoPreparedStatements = 128;

    private static string AnchorSqlitePath(string connectionString, string baseDirectory)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        if (b.DataSource is { Length: > 0 } ds && ds != ":memory:" && !ds.StartsWith("file:", StringComparison.Ordinal)
            && b.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.GetFullPath(Path.IsPathRooted(ds) ? ds : Path.Combine(baseDirectory, ds));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            b.DataSource = full;
        }
        // Readers and the single writer wait for each other instead of failing with "database is locked".
        b.DefaultTimeout = Math.Max(b.DefaultTimeout, 30);
        return b.ToString();
    }
}
