using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_migrates_a_new_workspace_and_serves_pages_static_files_and_health()
    {
        await using var db = TestDatabase.CreateSqlite();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Infrastructure.Cli.Dll, "serve", "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Liaison"] = db.Database.ConnectionString;
        start.Environment["Demo__SeedOnFirstStart"] = "false";
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpStatusCode? ready = null;
            for (var i = 0; i < 120 && ready != HttpStatusCode.OK; i++)
            {
                try { ready = (await http.GetAsync("/health/ready")).StatusCode; }
                catch (HttpRequestException) { await Task.Delay(500); }
            }
            Assert.Equal(HttpStatusCode.OK, ready);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/css/site.css")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Account/Login")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
