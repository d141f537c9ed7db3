using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>
/// A bulk-export folder whose files are named by UUID, not by the resource type they hold: the type is read from the
/// file's first resource, so practitioners, organisations and roles are imported in dependency order and other types skipped.
/// </summary>
public sealed class FhirFolderFileTypeTests
{
    private static readonly string Synthea = Path.Combine(NppesRows.SharedData, "fhir", "synthea-bulk-10pt");

    [Fact]
    public void Ndjson_files_named_by_uuid_are_read_by_their_resource_type_and_other_types_skipped()
    {
        var folder = Path.Combine(Path.GetTempPath(), "liaison-fhir-uuid-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>
            {
                ["PractitionerRole"] = "0a7e3c2d-roles.ndjson", ["Practitioner"] = "3f2a9b1c-5d4e.ndjson",
                ["Organization"] = "9c8d7e6f-1a2b.ndjson", ["Patient"] = "1b2c3d4e-5f6a.ndjson",
            };
            foreach (var (type, name) in files)
                File.WriteAllLines(Path.Combine(folder, name), ["", .. File.ReadLines(Path.Combine(Synthea, $"{type}.000.ndjson")).Take(3)]);

            var sources = FhirImportSource.ForPath(folder);

            Assert.Equal([files["Organization"], files["Practitioner"], files["PractitionerRole"]], sources.Select(s => Path.GetFileName(s.Path)));
            var batches = sources.SelectMany(s => { Assert.Null(s.Open()); return s.Read(0, 1000, default); }).ToList();
            Assert.Empty(batches.SelectMany(b => b.Errors));
            Assert.Equal(6, batches.Sum(b => b.Records.Count));
        }
        finally { System.IO.Directory.Delete(folder, recursive: true); }
    }
}
