using System.Text;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Tests.Directory;

/// <summary>Rows in the real NPPES layout: the sample file's header and a real row, with fields changed by name.</summary>
internal static class NppesRows
{
    public static string SharedData => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data"));
    public static string Sample => Path.Combine(SharedData, "nppes", "npidata_pfile_sample.csv");
    public static string Legacy => Path.Combine(SharedData, "nppes", "npidata_pfile_legacy329_sample.csv");

    private static readonly Lazy<(string[] Header, List<string[]> Rows)> File = new(() =>
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Sample);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++) values[i] = row[i].ToString();
            rows.Add(values);
        }
        return (header, rows);
    });

    public static string[] Header => File.Value.Header;

    /// <summary>The sample's row for <paramref name="npi"/> with <paramref name="changes"/> applied by column name.</summary>
    public static string[] Row(string npi, params (string Column, string Value)[] changes)
    {
        var row = File.Value.Rows.Single(r => r[0] == npi).ToArray();
        foreach (var (column, value) in changes) row[Array.IndexOf(Header, column)] = value;
        return row;
    }

    public static string Csv(params string[][] rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows.Prepend(Header)) sb.Append(string.Join(',', r.Select(v => $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\""))).Append('\n');
        return sb.ToString();
    }

    /// <summary>Parses one data row (line 2) with the parser the importer uses.</summary>
    public static (ProviderRecord? Record, RowError? Error) Parse(string[] row)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(Csv(row));
        var (layout, missing) = NppesLayout.From(reader.Header.ColNames);
        Assert.Empty(missing);
        var parser = new NppesRowParser(layout!);
        foreach (var r in reader) return parser.Parse(r, r.LineNumberFrom);
        throw new InvalidOperationException("no row");
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Liaison.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Liaison.slnx not found");
    }
}
