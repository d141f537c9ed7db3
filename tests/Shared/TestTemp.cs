namespace Liaison.TestSupport;

/// <summary>
/// Folders and files a test writes (files to import, exports, backups), all under one folder per test process that is
/// deleted when the process exits: written straight into the system's temp folder, a full test run left hundreds behind.
/// </summary>
public static class TestTemp
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("liaison-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { } // a file still held by a process the test started: left for the OS's cleaning
            catch (UnauthorizedAccessException) { }
        };
        return root;
    });

    /// <summary>A new empty folder, its name starting with <paramref name="prefix"/>.</summary>
    public static string Folder(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root.Value, $"{prefix}{Guid.NewGuid():N}")).FullName;

    /// <summary>The path of a file named <paramref name="name"/> in a new empty folder (the file is not created).</summary>
    public static string File(string name) => Path.Combine(Folder("file-"), name);
}
