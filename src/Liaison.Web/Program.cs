using Liaison.Web.Hosting;

var app = LiaisonWebApp.Build(args);
await app.PrepareWorkspaceAsync();
await app.RunAsync();

/// <summary>The web host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
