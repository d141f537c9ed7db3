using System.Globalization;
using Liaison.Core.Impact.Engine;
using Spectre.Console;

namespace Liaison.Cli.Commands;

/// <summary>The readable form of an impact result: the estimate beside the naive figure, balance, event study, caveats.</summary>
internal static class ImpactReport
{
    private static string Pct(double? v) => v is { } x && double.IsFinite(x) ? (x * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "—";
    private static string Num(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    public static void Print(ImpactResult r)
    {
        var console = AnsiConsole.Console;
        var w = r.Windows;
        var summary = new Table().Title($"Impact ({r.Design}) — pre {w.PreFrom}..{w.PreTo}, post {w.PostFrom}..{w.PostTo}")
            .AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        summary.AddRow("Effect (ratio of ratios − 1)", Pct(r.Effect));
        summary.AddRow("95% CI", $"{Pct(r.CiLow)} to {Pct(r.CiHigh)}");
        summary.AddRow("Naive before/after (treated only)", Pct(r.NaiveEffect));
        summary.AddRow("Treated / comparison subjects", $"{r.NTreated:N0} / {r.NControl:N0}");
        if (r.NTreatedUnmatched > 0) summary.AddRow("Treated left unmatched", $"{r.NTreatedUnmatched:N0}");
        summary.AddRow("Rates: treated pre → post", $"{Num(r.Rates.TreatedPre)} → {Num(r.Rates.TreatedPost)}");
        summary.AddRow("Rates: comparison pre → post", $"{Num(r.Rates.ControlPre)} → {Num(r.Rates.ControlPost)}");
        console.Write(summary);

        var balance = new Table().Title("Balance (standardised mean differences)").AddColumn("covariate")
            .AddColumn(new TableColumn("treated").RightAligned()).AddColumn(new TableColumn("comparison before").RightAligned())
            .AddColumn(new TableColumn("after").RightAligned()).AddColumn(new TableColumn("SMD before").RightAligned())
            .AddColumn(new TableColumn("SMD after").RightAligned());
        foreach (var b in r.Balance)
            balance.AddRow(Markup.Escape(b.Level is null ? b.Covariate : $"{b.Covariate} = {b.Level}"), Num(b.MeanTreated),
                Num(b.MeanControlBefore), Num(b.MeanControlAfter), Num(b.SmdBefore), Num(b.SmdAfter));
        console.Write(balance);

        var events = new Table().Title("Event study (vs. the month before start)").AddColumn("month")
            .AddColumn(new TableColumn("relative").RightAligned()).AddColumn(new TableColumn("effect").RightAligned())
            .AddColumn(new TableColumn("95% CI").RightAligned());
        foreach (var m in r.EventStudy)
            events.AddRow(m.Month, m.RelativeMonth.ToString(CultureInfo.InvariantCulture), Pct(m.Effect), $"{Pct(m.CiLow)} to {Pct(m.CiHigh)}");
        console.Write(events);

        if (r.Caveats.Count == 0) console.WriteLine("Caveats: none computed from these data.");
        else
        {
            console.WriteLine("Caveats:");
            foreach (var c in r.Caveats) console.WriteLine($"  - {c}");
        }
    }
}
