namespace Liaison.BrowserTests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = Find();
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Liaison.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Liaison.slnx not found above " + AppContext.BaseDirectory);
    }
}
