using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Liaison.Core;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Web.Api;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Hosting;

/// <summary>Builds the web host; Program.cs, `liaison serve` and the tests all start it here.</summary>
public static class LiaisonWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(LiaisonWebApp).Assembly.GetName().Name,
            // The test host passes its own content root; everyone else gets the folder that holds the web files.
            ContentRootPath = args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : ContentRoot.Find(),
        });
        configure?.Invoke(builder);
        builder.AddRequestLimits();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
            builder.WebHost.UseUrls("http://localhost:5080");
        var services = builder.Services;
        // `liaison serve` anchors a relative SQLite path where the other CLI commands do: the current folder.
        var baseDirectory = builder.Configuration["Workspace:BaseDirectory"] ?? builder.Environment.ContentRootPath;
        var database = WorkspaceDatabase.FromConfiguration(builder.Configuration, baseDirectory) with { CheckpointsInBackground = true };

        services.AddHttpContextAccessor();
        services.AddScoped<IActorAccessor, HttpActorAccessor>();
        services.AddLiaisonCore(database)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UserClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenDefaults.Scheme, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "liaison.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // A locked or re-roled user loses their cookie session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization(Policies.Add);
        // Cookie and antiforgery keys live in the workspace: sessions survive restarts and every instance agrees.
        services.AddDataProtection().PersistKeysToDbContext<LiaisonDbContext>().SetApplicationName("Liaison");
        services.AddAntiforgery(o => o.Cookie.Name = "liaison.csrf");

        services.AddRazorPages(o => o.Conventions.AllowAnonymousToPage("/Account/Login").AllowAnonymousToPage("/Account/AccessDenied")
            .AuthorizeFolder("/Admin", Policies.Admin)
            .AllowAnonymousToPage("/Error").AllowAnonymousToPage("/Status"))
            .AddMvcOptions(o =>
            {
                o.ModelMetadataDetailsProviders.Add(new ReadableFieldNames());
                o.Filters.Add<NulFreePageRequests>();
            });
        services.AddLiaisonErrorHandling();
        services.AddValidation();
        services.ConfigureHttpJsonOptions(o =>
        {
            // A number is a JSON number: "12" for an amount is the client's slip (a spreadsheet's text column), not 12.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new NullSafeLists());
            o.SerializerOptions.Converters.Add(new NulFreeStrings());
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(NullSafeLists.EmptyForNull);
        });
        services.AddOpenApi(OpenApiDocument.Configure);
        services.AddSingleton<ApiFallback>();
        services.AddHostedService<AuditSealingService>();
        if (database.Provider == DatabaseProvider.Sqlite) services.AddHostedService<SqliteCheckpointService>();
        services.AddLiaisonHealthChecks();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DirectoryImportJobs>(sp, Path.Combine(baseDirectory, "data", "imports")));
        services.AddSingleton<OpenPaymentsImportJobs>();
        services.AddLiaisonTelemetry(builder.Configuration, builder.Logging);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var app = builder.Build();
        app.UseLiaisonErrorHandling();
        app.UseRequestLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseNulReadableForms();
        app.UseAntiforgery();

        app.MapLiaisonHealthChecks();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiV1();
        app.MapRazorPages();
        EndpointsBuiltOnce.Apply(app);
        return app;
    }
}
