namespace Liaison.Tests.Directory;

/// <summary>The shared samples (../shared/data) and the spec-built KOL files (tests/TestData/kol).</summary>
internal static class KolTestFiles
{
    private static readonly string Root = FindRoot();

    public static string Kol(string name) => Path.Combine(Root, "tests", "TestData", "kol", name);
    public static string Pubmed(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "pubmed", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Liaison.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Liaison.slnx not found");
    }
}
