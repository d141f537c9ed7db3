using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Liaison.Web.Api;

/// <summary>
/// The answer to a request under /api that no endpoint took. The fallback route takes any method and any body, so
/// routing prefers it to an endpoint that exists at the address but refused the method or the Content-Type; this tells
/// those apart from an address that names nothing: 405 with <c>Allow</c>, 415 naming the media type the endpoint takes,
/// else 404. Routing's own 405 and 415 would not do: they carry no authorization metadata, so the app's fallback policy
/// would send the client to the sign-in page.
/// </summary>
public sealed class ApiFallback(EndpointDataSource endpoints, ParameterPolicyFactory policies)
{
    private sealed record Route(RouteEndpoint Endpoint, TemplateMatcher Matcher, (string Name, IRouteConstraint Constraint)[] Constraints,
        IReadOnlyList<string> Methods);

    private IReadOnlyList<Route>? _routes;

    public IResult Answer(HttpContext http)
    {
        var method = http.Request.Method;
        var routes = Routes().Where(r => Matches(r, http)).ToList();
        var allowed = routes.SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (allowed.Count > 0 && !allowed.Contains(method, StringComparer.OrdinalIgnoreCase))
            return ApiResults.MethodNotAllowed(http.Response, method, allowed);
        var accepted = routes.Where(r => r.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            .SelectMany(r => r.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []).Distinct().ToList();
        return accepted.Count > 0 ? ApiResults.UnsupportedMediaType(accepted, http.Request.ContentType) : ApiResults.NoSuchAddress();
    }

    // Built on first use: the endpoints are all mapped by then, and a miss is rare enough to walk them all.
    private IReadOnlyList<Route> Routes() => _routes ??= endpoints.Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
        .Select(e => new Route(e, new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
            Constraints(e.RoutePattern), e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods))
        .ToList();

    private (string, IRouteConstraint)[] Constraints(RoutePattern pattern) =>
    [
        .. from p in pattern.ParameterPolicies
           from reference in p.Value
           let policy = policies.Create(pattern.GetParameter(p.Key), reference)
           where policy is IRouteConstraint
           select (p.Key, (IRouteConstraint)policy),
    ];

    // An address with a route constraint (`{id:guid}`) names the endpoint only when its values satisfy the constraint.
    private static bool Matches(Route route, HttpContext http)
    {
        var values = new RouteValueDictionary();
        return route.Matcher.TryMatch(http.Request.Path, values)
               && route.Constraints.All(c => c.Constraint.Match(http, null, c.Name, values, RouteDirection.IncomingRequest));
    }
}
