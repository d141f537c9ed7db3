using System.Globalization;
using System.Text.Json;

namespace Liaison.Bench.Harness;

internal static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(BenchResult result, string resultsDir)
    {
        Directory.CreateDirectory(resultsDir);
        var file = Path.Combine(resultsDir, result.Benchmark + (result.Quick ? ".quick" : "") + ".json");
        var payload = new
        {
            result.Benchmark, result.Quick, result.At, result.Machine,
            figures = result.Figures.Select(f => new
            {
                f.Name, f.Value, f.Unit, anchor = f.Anchor, anchorValue = f.AnchorValue, ratio = Math.Round(f.Ratio, 3),
                f.Goal,
            }),
            notes = result.Notes,
        };
        File.WriteAllText(file, JsonSerializer.Serialize(payload, Json));
        Print(result);
        Console.WriteLine($"  -> {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
    }

    private static void Print(BenchResult r)
    {
        string N(double v) => v >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("G4", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"{r.Benchmark}{(r.Quick ? " (quick)" : "")}");
        Console.WriteLine($"  {"figure",-46} {"value",14} {"anchor",14} {"ratio",7}  goal");
        foreach (var f in r.Figures)
            Console.WriteLine($"  {f.Name,-46} {N(f.Value),14} {N(f.AnchorValue),14} {f.Ratio,7:F2}  {f.Goal}   ({f.Unit}; anchor: {f.Anchor})");
        foreach (var n in r.Notes)
            Console.WriteLine($"  {n.Name,-46} {N(n.Value),14} {"",14} {"",7}  {n.Goal}   ({n.Unit})");
    }
}
