using System.Globalization;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;

namespace Liaison.Tests.Impact;

/// <summary>A temporary folder holding the three files of the contract, written from a simulated panel or by hand.</summary>
internal sealed class ImpactFiles : IDisposable
{
    public ImpactFiles() => Folder = System.IO.Directory.CreateTempSubdirectory("liaison-impact-").FullName;

    public string Folder { get; }
    public string Outcomes => Path.Combine(Folder, "outcomes.csv");
    public string Exposures => Path.Combine(Folder, "exposures.csv");
    public string Covariates => Path.Combine(Folder, "covariates.csv");

    public static ImpactFiles Simulated(PanelSpec spec, int seed)
    {
        var files = new ImpactFiles();
        PanelFiles.Write(spec, new Random(seed), files.Folder);
        return files;
    }

    public ImpactFiles Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text.ReplaceLineEndings("\n"));
        return this;
    }

    public Task<ImpactResult> Analyze(PanelSpec spec, ImpactDesign design, bool covariates = true) =>
        FileAnalysis.RunAsync(Exposures, Outcomes, covariates ? Covariates : null,
            new ImpactOptions(new AnalysisWindows(spec.StartMonth, spec.Pre, spec.Post), design), CancellationToken.None);

    /// <summary>The rows of outcomes.csv: subject, month, events, exposure.</summary>
    public IEnumerable<(string Subject, int Month, double Events, double Exposure)> Rows() =>
        File.ReadLines(Outcomes).Skip(1).Select(l => l.Split(',')).Select(f =>
        {
            AnalysisWindows.TryParseMonth(f[1], out var m);
            return (f[0], m, double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture));
        });

    public HashSet<string> Treated() => File.ReadLines(Exposures).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
