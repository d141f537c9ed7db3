using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>An impact result as downloads: CSV (summary, balance and event study as sections) and Excel (one sheet each).</summary>
public static class ImpactExport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static IEnumerable<(string Figure, object? Value)> Summary(ImpactResult r) =>
    [
        ("initiative", r.Initiative?.Slug), ("design", r.Design), ("effect", r.Effect), ("ci_low", r.CiLow), ("ci_high", r.CiHigh),
        ("naive_effect", r.NaiveEffect), ("n_treated", r.NTreated), ("n_control", r.NControl),
        ("n_treated_unmatched", r.NTreatedUnmatched), ("outcome", r.Outcome), ("start", r.Windows.Start),
        ("pre_window", $"{r.Windows.PreFrom}..{r.Windows.PreTo}"), ("post_window", $"{r.Windows.PostFrom}..{r.Windows.PostTo}"),
        ("rate_treated_pre", r.Rates.TreatedPre), ("rate_treated_post", r.Rates.TreatedPost),
        ("rate_control_pre", r.Rates.ControlPre), ("rate_control_post", r.Rates.ControlPost),
        ("variance", r.Method.Variance), ("clusters", r.Method.Clusters), ("seed", r.Method.Seed),
        ("outcomes_source", r.Sources.Outcomes), ("exposures_source", r.Sources.Exposures),
        .. r.Caveats.Select((c, i) => ($"caveat_{i + 1}", (object?)c)),
    ];

    /// <summary>The file of a download format (csv or xlsx), or null for another format.</summary>
    public static (byte[] Content, string ContentType, string FileName)? File(ImpactResult r, string format, string name) => format switch
    {
        "csv" => (Encoding.UTF8.GetBytes(Csv(r)), "text/csv", $"{name}.csv"),
        "xlsx" => (Excel(r), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx"),
        _ => null,
    };

    public static string Csv(ImpactResult r)
    {
        var sb = new StringBuilder();
        sb.Append("section,name,level,value,ci_low,ci_high,extra\n");
        foreach (var (figure, value) in Summary(r)) sb.Append(Inv, $"summary,{Field(figure)},,{Field(Format(value))},,,\n");
        foreach (var b in r.Balance)
            sb.Append(Inv, $"balance,{Field(b.Covariate)},{Field(b.Level ?? "")},{b.SmdAfter},,,smd_before={b.SmdBefore}\n");
        foreach (var m in r.EventStudy)
            sb.Append(Inv, $"event_study,{m.Month},{m.RelativeMonth},{m.Effect},{m.CiLow},{m.CiHigh},\n");
        return sb.ToString();
    }

    public static byte[] Excel(ImpactResult r)
    {
        using var book = new XLWorkbook();
        var summary = book.Worksheets.Add("Summary");
        summary.Cell(1, 1).Value = "figure";
        summary.Cell(1, 2).Value = "value";
        var row = 2;
        foreach (var (figure, value) in Summary(r))
        {
            summary.Cell(row, 1).Value = figure;
            summary.Cell(row++, 2).Value = Format(value);
        }
        var balance = book.Worksheets.Add("Balance");
        string[] bh = ["covariate", "level", "mean_treated", "mean_control_before", "mean_control_after", "smd_before", "smd_after"];
        for (var c = 0; c < bh.Length; c++) balance.Cell(1, c + 1).Value = bh[c];
        row = 2;
        foreach (var b in r.Balance)
        {
            object?[] values = [b.Covariate, b.Level, b.MeanTreated, b.MeanControlBefore, b.MeanControlAfter, b.SmdBefore, b.SmdAfter];
            for (var c = 0; c < values.Length; c++) Set(balance.Cell(row, c + 1), values[c]);
            row++;
        }
        var events = book.Worksheets.Add("Event study");
        string[] eh = ["month", "relative_month", "effect", "ci_low", "ci_high"];
        for (var c = 0; c < eh.Length; c++) events.Cell(1, c + 1).Value = eh[c];
        row = 2;
        foreach (var m in r.EventStudy)
        {
            object?[] values = [m.Month, m.RelativeMonth, m.Effect, m.CiLow, m.CiHigh];
            for (var c = 0; c < values.Length; c++) Set(events.Cell(row, c + 1), values[c]);
            row++;
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case double d: cell.Value = d; break;
            case int i: cell.Value = i; break;
            case null: break;
            default: cell.Value = value.ToString(); break;
        }
    }

    private static string Format(object? value) => value switch
    {
        double d => d.ToString("R", Inv),
        null => "",
        _ => Convert.ToString(value, Inv) ?? "",
    };

    private static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
