using Microsoft.Extensions.Primitives;

namespace Liaison.Web.Hosting;

/// <summary>
/// Builds each endpoint source's endpoints once. A minimal-API source builds its endpoints (and compiles every handler's
/// request delegate) anew each time it is asked, and two readers ask at start: the authorization policy cache and the
/// routing middleware, each through a composite of its own (dotnet/aspnetcore#59562). That doubled the endpoint work,
/// about 0.7 s of CPU of the app's start here. The endpoints are built again when the source says they changed (Razor
/// Pages' source does on a hot reload).
/// </summary>
internal sealed class EndpointsBuiltOnce(EndpointDataSource source) : EndpointDataSource
{
    private sealed record Built(IChangeToken Token, IReadOnlyList<Endpoint> Endpoints);

    private volatile Built? _built;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var built = _built;
            if (built is null || built.Token.HasChanged)
            {
                // The token is taken first: a change while the endpoints are read leaves it changed, and they are read again.
                var token = source.GetChangeToken();
                _built = built = new Built(token, source.Endpoints);
            }
            return built.Endpoints;
        }
    }

    public override IChangeToken GetChangeToken() => source.GetChangeToken();

    public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => source.GetGroupedEndpoints(context);

    /// <summary>Wraps every endpoint source the app has mapped so far; call it after the last Map….</summary>
    public static void Apply(IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
            app.DataSources.Add(source as EndpointsBuiltOnce ?? new EndpointsBuiltOnce(source));
    }
}
