namespace Liaison.Web.Hosting;

/// <summary>
/// Where the web app's files (wwwroot, appsettings.json) are: the current folder when it holds them (as with
/// `dotnet run --project src/Liaison.Web`, or a published app), else the folder of the binaries (`liaison
/// serve` started from anywhere), since the build copies them there.
/// </summary>
internal static class ContentRoot
{
    public static string Find()
    {
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "appsettings.json")) && Directory.Exists(Path.Combine(cwd, "wwwroot"))) return cwd;
        var projectDir = Path.Combine(cwd, "src", "Liaison.Web");
        if (Directory.Exists(Path.Combine(projectDir, "wwwroot"))) return projectDir;
        return AppContext.BaseDirectory;
    }
}
