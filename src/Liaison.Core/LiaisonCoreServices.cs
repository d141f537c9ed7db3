using System.Reflection;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Liaison.Core;

public static class LiaisonCoreServices
{
    private static readonly Type[] Seams =
    [
        typeof(Directory.Profile.IHcpProfileSection), typeof(Directory.Search.IHcpSearchFilter), typeof(Directory.Search.IHcpSearchPriority),
        typeof(Directory.Changes.IHcpReferenceMover), typeof(Directory.Privacy.IHcpPersonalData),
    ];

    /// <summary>
    /// The workspace database, ASP.NET Core Identity's user and role stores and every use case of Core. The
    /// host adds who the actor is (<see cref="IActorAccessor"/>) and, for the web, sign-in.
    /// </summary>
    public static IdentityBuilder AddLiaisonCore(this IServiceCollection services, WorkspaceDatabase database)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        // Pooled: a context is set up once (its internal services, found through the options) and lent to one scope at a
        // time, to that scope's actor and clock; setting a context up was about a tenth of a search's time in the API.
        services.AddPooledDbContextFactory<LiaisonDbContext>(database.Configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LiaisonDbContext>>().CreateDbContext()
            .LendTo(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IActorAccessor>(), sp.GetService<AuditSealSignal>()));

        // Use cases are plain classes: a nested Handler per use case, plus the capability services below.
        foreach (var type in typeof(LiaisonCoreServices).Assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false, IsNested: true, Name: "Handler" } && type.IsPublic is false
                && type.IsNestedPublic)
                services.TryAddScoped(type);
            if (type is { IsClass: true, IsAbstract: false } && typeof(IDemoContribution).IsAssignableFrom(type))
                services.AddScoped(typeof(IDemoContribution), type);
            // Seams every capability plugs into (profile sections, search filters and priority, moving references on
            // an HCP merge, exporting and erasing personal data). TryAddEnumerable: registering twice is harmless.
            foreach (var seam in Seams)
                if (type is { IsClass: true, IsAbstract: false } && seam.IsAssignableFrom(type))
                    services.TryAddEnumerable(ServiceDescriptor.Scoped(seam, type));
            if (type is { IsClass: true, IsAbstract: false } && typeof(ISchemaExtension).IsAssignableFrom(type))
                services.AddScoped(typeof(ISchemaExtension), type);
            if (type.GetCustomAttribute<CoreServiceAttribute>() is not null)
                services.TryAddScoped(type);
        }
        services.TryAddScoped<ApiTokenAuthentication>();
        services.TryAddSingleton<ApiTokenCache>();
        services.TryAddSingleton<Directory.Territories.TerritoryOwners>();
        services.TryAddSingleton<Directory.Registry.TaxonomyCodes>();
        // Until the training capability registers its own answer, no certification is tracked (see the interface).
        services.TryAddScoped<Engagement.Content.IProductCertifications, Engagement.Content.NoTrainingRecords>();
        services.TryAddScoped<WorkspaceMigrator>();
        services.TryAddSingleton<DemoWorkspace>();
        services.TryAddSingleton<AuditSealSignal>();

        return services.AddIdentityCore<LiaisonUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LiaisonDbContext>();
    }
}

/// <summary>Marks a Core class that is not a nested Handler but is resolved from DI (e.g. an importer).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CoreServiceAttribute : Attribute;
