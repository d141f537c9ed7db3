using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// NPPES rows in the real layout, built from the header and rows of the shared sample: a deactivation-only row (the NPI,
/// the deactivation date and reason, nothing else, as the monthly file lists a deactivated NPI), and the sample's own
/// full rows of an organisation or a person under another NPI.
/// </summary>
internal static class NppesRows
{
    private static string Sample => Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
    private static readonly string[] Lines = System.IO.File.ReadAllLines(Sample);
    private static readonly List<string> Columns = Cells(Lines[0]).ToList();

    /// <summary>A valid NPI (check digit) of the nine digits <paramref name="nine"/>.</summary>
    public static string Npi(long nine) => $"{nine:D9}{Core.Directory.Registry.Npi.CheckDigit($"{nine:D9}")}";

    public static string Deactivated(string npi, string on = "06/01/2021", string reason = "DB")
    {
        var cells = Enumerable.Repeat("", Columns.Count).ToArray();
        (cells[0], cells[Column("NPI Deactivation Date")], cells[Column("NPI Deactivation Reason Code")]) = (npi, on, reason);
        return Line(cells);
    }

    /// <summary>CUMBERLAND COUNTY HOSPITAL SYSTEM's row (entity type 2) as <paramref name="npi"/>, deactivated and reactivated as given.</summary>
    public static string Organisation(string npi, string? deactivatedOn = null, string? reactivatedOn = null) =>
        Full("1497758544", npi, deactivatedOn, reactivatedOn);

    /// <summary>HAROLD SMITSON's row (entity type 1) as <paramref name="npi"/>.</summary>
    public static string Person(string npi, string? deactivatedOn = null, string? reactivatedOn = null) =>
        Full("1306849450", npi, deactivatedOn, reactivatedOn);

    /// <summary>A file of the header and <paramref name="rows"/>, in a folder of its own.</summary>
    public static string File(string name, IEnumerable<string> rows)
    {
        var path = Path.Combine(TestTemp.Folder("nppes-"), name);
        System.IO.File.WriteAllLines(path, [Lines[0], .. rows]);
        return path;
    }

    /// <summary>A copy of <paramref name="file"/> in a folder of its own: a new run of the same rows.</summary>
    public static string CopyOf(string file) => File(Path.GetFileName(file), System.IO.File.ReadLines(file).Skip(1));

    private static string Full(string sampleNpi, string npi, string? deactivatedOn, string? reactivatedOn)
    {
        var cells = Cells(Lines.Single(l => l.StartsWith($"\"{sampleNpi}\"", StringComparison.Ordinal)));
        cells[0] = npi;
        cells[Column("NPI Deactivation Date")] = deactivatedOn ?? "";
        cells[Column("NPI Reactivation Date")] = reactivatedOn ?? "";
        return Line(cells);
    }

    private static int Column(string name) => Columns.IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException($"no column '{name}'");

    private static string[] Cells(string line) => line[1..^1].Split("\",\"");

    private static string Line(string[] cells) => string.Join(',', cells.Select(c => $"\"{c}\""));
}
