namespace Liaison.Core.Impact.Engine;

/// <summary>Events and exposure per cluster, arm and month of the windows, as flat arrays a pass adds rows into.</summary>
internal sealed class ClusterSums(int months)
{
    public double[] Events { get; } = new double[OutcomePanel.Clusters * 2 * months];
    public double[] Exposure { get; } = new double[OutcomePanel.Clusters * 2 * months];

    /// <summary>Where a subject's months start: its cluster, then its arm (treated first).</summary>
    public int Start(int cluster, bool treated) => (cluster * 2 + (treated ? 0 : 1)) * months;

    public void Add(ClusterSums other)
    {
        for (var i = 0; i < Events.Length; i++)
        {
            Events[i] += other.Events[i];
            Exposure[i] += other.Exposure[i];
        }
    }

    /// <summary>The cells that have rows (every row has exposure &gt; 0), months relative to start.</summary>
    public List<ClusterCell> ToCells(AnalysisWindows w)
    {
        var cells = new List<ClusterCell>();
        for (var i = 0; i < Events.Length; i++)
            if (Exposure[i] != 0)
                cells.Add(new ClusterCell(i / (2 * months), i / months % 2 == 0, i % months - w.Pre, Events[i], Exposure[i]));
        return cells;
    }
}
