using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// Whether a role is meant to be refused a page: the policies the page declares (its [Authorize] attribute, its folder's
/// convention, else the fallback policy), evaluated by the app's own authorization service for a user holding that role.
/// The crawl accepts a 403 exactly where this says so, and a 200 nowhere it does.
/// </summary>
internal sealed class PageAccess(IServiceProvider services)
{
    private readonly IReadOnlyList<(TemplateMatcher Matcher, Endpoint Endpoint)> _pages = services.GetServices<EndpointDataSource>()
        .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()), (Endpoint)e))
        .ToList();

    /// <summary>The route template of the page at <paramref name="path"/> (<c>Impact/Initiative/{slug}</c>), or null.</summary>
    public string? Template(PathString path) => (Page(path) as RouteEndpoint)?.RoutePattern.RawText;

    /// <summary>The crawl's <see cref="RoutePattern"/> of an address, by the template of the page that answers it.</summary>
    public string PatternOf(Uri address) => RoutePattern.Of(address, Template(address.AbsolutePath));

    /// <summary>True when the role may not open the page at <paramref name="path"/>; null when no page answers there.</summary>
    public async Task<bool?> Refuses(string role, PathString path)
    {
        var endpoint = Page(path);
        if (endpoint is null) return null;
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return false;
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? await policyProvider.GetFallbackPolicyAsync();
        if (policy is null) return false;
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], "crawl"));
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, policy);
        return !result.Succeeded;
    }

    private Endpoint? Page(PathString path) => _pages.FirstOrDefault(p => p.Matcher.TryMatch(path, new RouteValueDictionary())).Endpoint;
}
