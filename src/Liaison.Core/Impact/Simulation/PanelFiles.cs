using System.Globalization;

namespace Liaison.Core.Impact.Simulation;

/// <summary>Writes a simulated panel in the file contract of PRODUCT.md §2.8, streaming.</summary>
public static class PanelFiles
{
    public static long Write(PanelSpec spec, Random rng, string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        using var outcomes = new StreamWriter(Path.Combine(folder, "outcomes.csv"), false, new System.Text.UTF8Encoding(false), 1 << 20);
        using var exposures = new StreamWriter(Path.Combine(folder, "exposures.csv"));
        using var covariates = new StreamWriter(Path.Combine(folder, "covariates.csv"));
        outcomes.Write("subject_id,period,events,exposure\n");
        exposures.Write("subject_id,exposed_on\n");
        covariates.Write("subject_id,region,practice_size\n");
        var periods = Enumerable.Range(0, spec.Pre + spec.Post)
            .Select(m => Engine.AnalysisWindows.FormatMonth(spec.StartMonth - spec.Pre + m)).ToArray();
        long rows = 0;
        foreach (var s in PanelSimulation.Generate(spec, rng))
        {
            covariates.Write(string.Create(CultureInfo.InvariantCulture, $"{s.Id},{s.Region},{s.Size}\n"));
            if (s.ExposedOn is { } on) exposures.Write(string.Create(CultureInfo.InvariantCulture, $"{s.Id},{on:yyyy-MM-dd}\n"));
            for (var m = 0; m < periods.Length; m++, rows++)
                outcomes.Write(string.Create(CultureInfo.InvariantCulture, $"{s.Id},{periods[m]},{s.Events[m]},{s.Exposure[m]}\n"));
        }
        return rows;
    }
}
