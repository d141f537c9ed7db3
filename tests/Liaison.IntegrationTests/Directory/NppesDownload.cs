using System.IO.Compression;
using System.Text;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// CMS's NPPES ZIP download, built from a data file's text under the real entry names (the data file, its header-only
/// copy, another file and the readme), and the same text gzip-compressed. The readme carries a fresh id: each archive is
/// a file of its own to the import's fingerprint, so tests on the shared database stay apart.
/// </summary>
internal static class NppesDownload
{
    /// <summary>The shared real sample (11 rows of the 330-column layout).</summary>
    public static string Sample => Path.Combine(Infrastructure.RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");

    public const string DataEntry = "npidata_pfile_20050523-20251109.csv";

    public const string LocationsEntry = "pl_pfile_20050523-20251109.csv";

    /// <param name="locations">The practice location file's text (pl_pfile), if the download holds one.</param>
    public static byte[] Zip(string data, bool withData = true, string? locations = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
            Add("npidata_pfile_20050523-20251109_fileheader.csv", data[..(data.IndexOf('\n') + 1)]);
            if (withData) Add(DataEntry, data);
            if (locations is not null) Add(LocationsEntry, locations);
            Add("othername_pfile_20050523-20251109.csv", "\"NPI\",\"Provider Other Organization Name\",\"Provider Other Organization Name Type Code\"\n");
            Add("NPPES_Data_Dissemination_Readme.pdf", $"%PDF-1.4 {Guid.NewGuid()}");
        }
        return buffer.ToArray();
    }

    public static byte[] Gzip(string data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(data));
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/> in a folder of its own.</summary>
    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(TestTemp.Folder("nppes-download-"), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
