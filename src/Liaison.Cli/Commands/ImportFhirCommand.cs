using System.CommandLine;
using Liaison.Core.Directory.Import;

namespace Liaison.Cli.Commands;

internal static class ImportFhirCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A FHIR R4 Bundle (.json), a bulk-export NDJSON file (.ndjson), either gzip-compressed or not (.ndjson.gz), or a folder of them: Organization, Practitioner, PractitionerRole.",
        };
        var json = CommonOptions.Json();
        var command = new Command("fhir", """
            Import FHIR R4 Practitioner, PractitionerRole and Organization resources: NPI from the identifier system
            http://hl7.org/fhir/sid/us-npi, validated like NPPES rows; roles become affiliations. A folder is read
            organisations first, then practitioners, then roles.
            """) { path, json };
        command.SetAction((parse, ct) => DirectoryImportCli.RunManyAsync(FhirImportSource.ForPath(parse.GetValue(path)!), parse.GetValue(json), ct));
        return command;
    }
}
