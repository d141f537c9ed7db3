using System.Diagnostics;

namespace Liaison.Bench.Benchmarks.Engagement;

/// <summary>A closed-loop load: <c>clients</c> workers each sending one request after the other for a while.</summary>
/// <param name="CpuMsPerRequest">The whole process's CPU time (server and in-process client) per request: unlike
/// requests/s, it barely moves when other work shares the machine's cores.</param>
/// <param name="JitMs">Time the JIT spent compiling during the measured phase (all threads): near zero when warm.</param>
internal sealed record Latency(double P50, double P99, double PerSecond, int Requests, int Failures, double CpuMsPerRequest,
    double JitMs = 0)
{
    public static async Task<Latency> Run(int clients, TimeSpan warmUp, TimeSpan measure, Func<int, Task<bool>> request)
    {
        await Load(clients, warmUp, request);
        // On a loaded machine the warm-up's seconds may not be enough for tiered compilation to finish: the measured
        // phase then pays for the JIT (it did at load 15-30: 3x the CPU per request). Keep warming, up to 90 s,
        // until a second's load spends under 10 ms compiling: counting methods was not enough, as the last
        // tier-1 compilations of large methods each take tens of ms (perf: 15-20% of the first measured seconds
        // in the JIT at half the machine's usual speed, with under ten methods a second compiled).
        var slice = warmUp < TimeSpan.FromSeconds(2) ? warmUp : TimeSpan.FromSeconds(1);
        for (var i = 0; i < 90 && warmUp >= TimeSpan.FromSeconds(2); i++)
        {
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            await Load(clients, slice, request);
            if ((System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds < 10) break;
        }
        var before = System.Runtime.JitInfo.GetCompilationTime();
        var measured = await Load(clients, measure, request);
        return measured with { JitMs = (System.Runtime.JitInfo.GetCompilationTime() - before).TotalMilliseconds };
    }

    private static async Task<Latency> Load(int clients, TimeSpan duration, Func<int, Task<bool>> request)
    {
        var perWorker = new List<double>[clients];
        var failures = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async w =>
        {
            var times = perWorker[w] = new List<double>(4096);
            var k = 0;
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                var ok = await request(w * 1_000_000 + k++);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failures);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var all = perWorker.SelectMany(t => t).Order().ToList();
        return new Latency(Percentile(all, 0.50), Percentile(all, 0.99), all.Count / elapsed, all.Count, failures,
            cpuMs / Math.Max(1, all.Count));
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * p) - 1)];
}
