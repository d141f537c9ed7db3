namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>The repository root (the folder of Liaison.slnx) and the shared sample data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Liaison.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Liaison.slnx not found above " + AppContext.BaseDirectory);
    }
}
