using System.Diagnostics;

namespace Liaison.Bench.Nppes;

/// <summary>Runs a command, timing it and sampling its peak resident memory (VmHWM) from /proc.</summary>
internal static class ChildProcess
{
    public static (TimeSpan Elapsed, long PeakBytes, string Stdout) Run(string file, string arguments, IDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.WaitForExit(50)) peak = Math.Max(peak, PeakOf(p.Id));
        sw.Stop();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed ({p.ExitCode}): {stderr.Result}");
        return (sw.Elapsed, peak, stdout.Result);
    }

    private static long PeakOf(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        return 0;
    }
}
