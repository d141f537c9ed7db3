using Liaison.IntegrationTests.Infrastructure;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// The app builds its endpoints once at start: the authorization policy cache (through the endpoint source the services
/// hold) and the router (through a composite of the app's own sources) read the same endpoints, where each used to build
/// every minimal-API handler's request delegate for itself. A source's endpoints are built again when it says they changed.
/// </summary>
public sealed class EndpointsBuiltOnceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void The_router_and_the_services_read_the_same_endpoints_built_once()
    {
        var sources = ((IEndpointRouteBuilder)app.App).DataSources;
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.IsType<EndpointsBuiltOnce>(s));

        // What the router builds for itself, and what the services' source (the authorization cache's) gives.
        var routed = new CompositeEndpointDataSource(sources).Endpoints;
        var served = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        static Endpoint Search(IReadOnlyList<Endpoint> endpoints) =>
            endpoints.Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "SearchHcps");
        Assert.Same(Search(served), Search(routed));
        Assert.Equal(served.Count, routed.Count);
    }

    [Fact]
    public void A_source_is_read_once_until_its_change_token_fires()
    {
        var source = new CountingSource();
        var once = new EndpointsBuiltOnce(source);
        var first = once.Endpoints;
        Assert.Same(first, once.Endpoints);
        Assert.Equal(1, source.Reads);

        source.Change();
        var rebuilt = once.Endpoints;
        Assert.NotSame(first, rebuilt);
        Assert.Same(rebuilt, once.Endpoints);
        Assert.Equal(2, source.Reads);
    }

    /// <summary>A source that builds new endpoints on each read, as a minimal-API source does, and can say it changed.</summary>
    private sealed class CountingSource : EndpointDataSource
    {
        private CancellationTokenSource _changed = new();

        public int Reads { get; private set; }

        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                Reads++;
                return [new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, $"read {Reads}")];
            }
        }

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

        public void Change()
        {
            var changed = _changed;
            _changed = new CancellationTokenSource();
            changed.Cancel();
        }
    }
}
