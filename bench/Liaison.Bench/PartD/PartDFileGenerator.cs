using System.Globalization;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Directory.Registry;

namespace Liaison.Bench.PartD;

/// <summary>
/// A file in the CMS "Part D Prescribers — by Provider and Drug" layout (the 22 published columns), three drugs per
/// prescriber, a mix of given and suppressed counts. Deterministic; the name carries the data year (…_DY22_…).
/// </summary>
internal static class PartDFileGenerator
{
    public static string Write(string folder, int rows)
    {
        var path = Path.Combine(folder, $"MUP_DPR_RY24_P04_V10_DY22_NPIBN-{rows}.csv");
        if (File.Exists(path)) return path;
        var random = new Random(20221);
        using var w = new StreamWriter(path);
        w.WriteLine(string.Join(',', PartDReader.Columns));
        for (var i = 0; i < rows; i++)
        {
            var nine = $"1{i / 3:D8}";
            var npi = nine + Npi.CheckDigit(nine);
            var claims = random.Next(11, 3000);
            var suppressed = claims < 60;
            var f = CultureInfo.InvariantCulture;
            w.WriteLine(string.Join(',', npi, $"Last{i / 3}", $"First{i / 3}", "Houston", "TX", "48", "Internal Medicine", "S",
                $"Brand{i % 3 + random.Next(0, 30) * 3}", $"Generic{i % 3}", claims.ToString(f), (claims * 1.1).ToString("0.0", f),
                (claims * 30).ToString(f), (claims * 12.5).ToString("0.00", f), suppressed ? "" : (claims / 4 + 11).ToString(f),
                suppressed ? "*" : "", suppressed ? "" : (claims / 2).ToString(f), suppressed ? "" : (claims * 0.55).ToString("0.0", f),
                suppressed ? "" : (claims * 6.2).ToString("0.00", f), suppressed ? "" : (claims * 15).ToString(f), suppressed ? "*" : "",
                suppressed ? "" : (claims / 8 + 11).ToString(f)));
        }
        return path;
    }
}
