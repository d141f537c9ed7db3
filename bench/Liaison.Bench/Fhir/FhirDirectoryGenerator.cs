using System.Text;
using Liaison.Core.Directory.Registry;

namespace Liaison.Bench.Fhir;

/// <summary>
/// A payer's provider directory as a FHIR bulk export (NDJSON, US Core shapes as Synthea writes them): organisations
/// (even ones by NPI, odd ones by a Synthea identifier), practitioners with valid NPIs, and one PractitionerRole per
/// practitioner at an organisation, naming both by identifier with a NUCC specialty. Every hundredth role names an
/// organisation the file does not give (rejected). The providers go to one folder and the roles to another, so the
/// roles are imported (and timed) on their own. Deterministic.
/// </summary>
internal static class FhirDirectoryGenerator
{
    public const string SyntheaSystem = "https://github.com/synthetichealth/synthea";

    private static readonly string[] Specialties = ["207RC0000X", "207RH0003X", "2084N0400X", "207Q00000X", "208D00000X",
        "207RE0101X", "207RG0100X", "207RP1001X", "2084P0800X", "207X00000X"];
    private static readonly string[] Family = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin"];
    private static readonly string[] Given = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen"];
    private static readonly (string City, string State, string Zip)[] Places = [("HOUSTON", "TX", "77030"), ("BOSTON", "MA", "02115"),
        ("CHICAGO", "IL", "60611"), ("ROCHESTER", "MN", "55905"), ("BALTIMORE", "MD", "21287"), ("CLEVELAND", "OH", "44195"),
        ("NASHVILLE", "TN", "37232"), ("SEATTLE", "WA", "98195"), ("DENVER", "CO", "80045"), ("ATLANTA", "GA", "30322")];

    /// <summary>The providers' folder, the roles' file, how many roles it holds and how many of them name an unknown organisation.</summary>
    public sealed record Files(string Providers, string RolesFile, int Roles, int Rejected);

    public static Files Write(string folder, int practitioners, int organisations)
    {
        var root = Path.Combine(folder, $"fhir-directory-{practitioners}");
        var (providers, roles) = (Path.Combine(root, "providers"), Path.Combine(root, "roles"));
        var files = new Files(providers, Path.Combine(roles, "PractitionerRole.000.ndjson"), practitioners, practitioners / 100);
        if (File.Exists(files.RolesFile)) return files;
        Directory.CreateDirectory(providers);
        Directory.CreateDirectory(roles);
        var random = new Random(4_2024);
        WriteLines(Path.Combine(providers, "Organization.000.ndjson"), organisations, j => Organisation(j));
        WriteLines(Path.Combine(providers, "Practitioner.000.ndjson"), practitioners, i => Practitioner(i, random));
        // A role per practitioner, in another order than the practitioners (a multiplier prime to the count).
        WriteLines(files.RolesFile + ".tmp", practitioners, k => Role(k, (int)((long)k * 7919 % practitioners), organisations, random));
        File.Move(files.RolesFile + ".tmp", files.RolesFile);
        return files;
    }

    private static void WriteLines(string path, int n, Func<int, string> line)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < n; i++) w.Write(line(i) + "\n");
    }

    public static string Npi(string prefix, int n)
    {
        var nine = $"{prefix}{n:D7}";
        return nine + Liaison.Core.Directory.Registry.Npi.CheckDigit(nine);
    }

    private static string PractitionerNpi(int i) => Npi("16", i);
    private static string OrganisationNpi(int j) => Npi("19", j);

    private static string OrganisationIdentifier(int j) => j % 2 == 0
        ? $$"""{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{OrganisationNpi(j)}}"}"""
        : $$"""{"system":"{{SyntheaSystem}}","value":"org-{{j:D6}}"}""";

    private static string Address((string City, string State, string Zip) p, int n) =>
        $$"""{"line":["{{100 + n % 9000}} MEDICAL CENTER DR"],"city":"{{p.City}}","state":"{{p.State}}","postalCode":"{{p.Zip}}{{n % 10000:D4}}","country":"US"}""";

    private static string Organisation(int j)
    {
        var place = Places[j % Places.Length];
        return $$"""{"resourceType":"Organization","id":"o{{j}}","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-organization"]},"identifier":[{{OrganisationIdentifier(j)}}],"active":true,"type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/organization-type","code":"prov","display":"Healthcare Provider"}],"text":"Healthcare Provider"}],"name":"{{place.City}} MEDICAL GROUP {{j}}","telecom":[{"system":"phone","value":"555{{j:D7}}"}],"address":[{{Address(place, j)}}]}""";
    }

    private static string Practitioner(int i, Random random)
    {
        var (family, given) = (Family[random.Next(Family.Length)], Given[random.Next(Given.Length)]);
        var female = random.Next(2) == 0;
        return $$"""{"resourceType":"Practitioner","id":"p{{i}}","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner"]},"identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{PractitionerNpi(i)}}"}],"active":true,"name":[{"family":"{{family}}{{i}}","given":["{{given}}"],"prefix":["Dr."]}],"telecom":[{"system":"email","value":"{{given}}.{{family}}{{i}}@example.com","use":"work"}],"address":[{{Address(Places[random.Next(Places.Length)], i)}}],"gender":"{{(female ? "female" : "male")}}"}""";
    }

    private static string Role(int k, int practitioner, int organisations, Random random)
    {
        var organisation = k % 100 == 99
            ? $$"""{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{Npi("18", k)}}"}""" // not in the file: rejected
            : OrganisationIdentifier(random.Next(organisations));
        var code = Specialties[random.Next(Specialties.Length)];
        var display = NuccCodeSet.Shipped.Describe(code);
        return $$"""{"resourceType":"PractitionerRole","id":"r{{k}}","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitionerrole"]},"practitioner":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{PractitionerNpi(practitioner)}}"} },"organization":{"identifier":{{organisation}} },"code":[{"coding":[{"system":"http://nucc.org/provider-taxonomy","code":"{{code}}","display":"{{display}}"}],"text":"{{display}}"}],"specialty":[{"coding":[{"system":"http://nucc.org/provider-taxonomy","code":"{{code}}","display":"{{display}}"}],"text":"{{display}}"}]}""";
    }
}
