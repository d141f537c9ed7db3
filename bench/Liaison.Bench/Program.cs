using Liaison.Bench.Benchmarks;
using Liaison.Bench.Benchmarks.Engagement;
using Liaison.Bench.Harness;

IBenchmark[] all =
[
    new AuditWriteBenchmark(),
    new ImpactBenchmark(),
    new DirectoryImportBenchmark(),
    new DirectorySearchBenchmark(),
    new InteractionWriteBenchmark(),
    new ProfileRenderBenchmark(),
    new PartDImportBenchmark(),
    new OpenPaymentsImportBenchmark(),
    new FhirImportBenchmark(),
];

var quick = args.Contains("--quick");
var verbose = args.Contains("--verbose");
var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var chosen = names.Count == 0 ? all : names.Select(n => all.FirstOrDefault(b => b.Name == n)
    ?? throw new ArgumentException($"No benchmark '{n}'. Benchmarks: {string.Join(", ", all.Select(b => b.Name))}")).ToArray();

var root = Directory.GetCurrentDirectory();
var work = Path.Combine(root, "bench", "work");
Directory.CreateDirectory(work);
var postgres = Environment.GetEnvironmentVariable("LIAISON_BENCH_POSTGRES");
var failed = 0;
foreach (var bench in chosen)
{
    Console.Error.WriteLine($"== {bench.Name}: {bench.Description}");
    try
    {
        var (figures, notes) = await bench.RunAsync(new BenchContext(quick, work, postgres, verbose), CancellationToken.None);
        ResultWriter.Write(new BenchResult(bench.Name, quick, DateTime.UtcNow,
            $"{Environment.ProcessorCount} cores, {Environment.OSVersion}", figures, notes), Path.Combine(root, "bench", "results"));
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        failed++;
        Console.Error.WriteLine($"!! {bench.Name} failed: {e}");
    }
}
return failed == 0 ? 0 : 1;
