using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Profile;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>The app with a medical profile section, as the engagement capability will contribute one.</summary>
public abstract class DirectoryApp : TestApp
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IHcpProfileSection, MedicalNotesSection>();
}

public sealed class DirectorySqliteApp : DirectoryApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class DirectoryPostgresApp : DirectoryApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

internal sealed class MedicalNotesSection : IHcpProfileSection
{
    public string Key => "call-notes";
    public string Title => "Call notes";
    public int Order => 100;
    public bool IsMedical => true;
    public Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct) =>
        Task.FromResult<object?>(new { note = "Discussed off-label dosing in renal impairment" });
}
