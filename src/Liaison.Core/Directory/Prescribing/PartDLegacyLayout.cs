using System.Text.RegularExpressions;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// The layout CMS first published the "Part D Prescriber PUF, NPI by Drug" in (data years 2013–2019, e.g.
/// PartD_Prescriber_PUF_NPI_Drug_15.txt): tab-separated, unquoted, lower-case column names (npi, drug_name,
/// total_claim_count, ge65_suppress_flag …) with the same meaning, suppression rules and flags as today's
/// Prscrbr_NPI … GE65_Tot_Benes. Users keep those files; they are read as the current layout.
/// </summary>
internal static partial class PartDLegacyLayout
{
    private static readonly Dictionary<string, string> Current = new(StringComparer.OrdinalIgnoreCase)
    {
        ["npi"] = "Prscrbr_NPI", ["nppes_provider_last_org_name"] = "Prscrbr_Last_Org_Name",
        ["nppes_provider_first_name"] = "Prscrbr_First_Name", ["nppes_provider_city"] = "Prscrbr_City",
        ["nppes_provider_state"] = "Prscrbr_State_Abrvtn", ["specialty_description"] = "Prscrbr_Type", ["specialty_desc"] = "Prscrbr_Type",
        ["description_flag"] = "Prscrbr_Type_Src", ["drug_name"] = "Brnd_Name", ["generic_name"] = "Gnrc_Name",
        ["bene_count"] = "Tot_Benes", ["total_claim_count"] = "Tot_Clms", ["total_30_day_fill_count"] = "Tot_30day_Fills",
        ["total_day_supply"] = "Tot_Day_Suply", ["total_drug_cost"] = "Tot_Drug_Cst", ["bene_count_ge65"] = "GE65_Tot_Benes",
        ["bene_count_ge65_suppress_flag"] = "GE65_Bene_Sprsn_Flag", ["total_claim_count_ge65"] = "GE65_Tot_Clms",
        ["ge65_suppress_flag"] = "GE65_Sprsn_Flag", ["total_30_day_fill_count_ge65"] = "GE65_Tot_30day_Fills",
        ["total_day_supply_ge65"] = "GE65_Tot_Day_Suply", ["total_drug_cost_ge65"] = "GE65_Tot_Drug_Cst",
    };

    /// <summary>A header name as the current layout spells it.</summary>
    public static string CurrentName(string name) => Current.GetValueOrDefault(name, name);

    /// <summary>The data year in a legacy file name: …_NPI_Drug_15.txt → 2015, …_Drug_CY2016.txt → 2016.</summary>
    public static int? YearFromFileName(string name) =>
        LegacyYear().Match(name) is { Success: true } m
            ? int.Parse(m.Groups[1].Value.Length == 2 ? "20" + m.Groups[1].Value : m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// <paramref name="text"/> as comma-separated text: a tab-separated file (its header has tabs and no comma) line by
    /// line, each field quoted where it holds a comma or a quote; any other file as it is. Lines stay where they were.
    /// </summary>
    public static TextReader AsCsv(TextReader text) => new TabSeparatedAsCsv(text);

    [GeneratedRegex(@"_Drug_(?:CY)?(\d{2}|\d{4})\.", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyYear();

    private sealed class TabSeparatedAsCsv(TextReader inner) : TextReader
    {
        private string _line = "";
        private int _at;
        private bool? _tabs;

        public override int Peek() => Buffered() ? _line[_at] : _tabs == false ? inner.Peek() : -1;
        public override int Read() => Buffered() ? _line[_at++] : _tabs == false ? inner.Read() : -1;
        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (buffer.IsEmpty) return 0;
            // Past its header a comma-separated file is passed on untouched, in the parser's own chunks.
            if (!Buffered()) return _tabs == false ? inner.Read(buffer) : 0;
            var n = Math.Min(buffer.Length, _line.Length - _at);
            _line.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        /// <summary>True when characters of a line are ready; false at the end, or past the header of a comma-separated file.</summary>
        private bool Buffered()
        {
            if (_at < _line.Length) return true;
            if (_tabs == false) return false;
            var raw = inner.ReadLine();
            if (raw is null) return false;
            _tabs ??= raw.Contains('\t') && !raw.Contains(',');
            (_line, _at) = (_tabs == true ? Csv(raw) + "\n" : raw + "\n", 0);
            return true;
        }

        private static string Csv(string line) => string.Join(',', line.Split('\t')
            .Select(f => f.AsSpan().IndexOfAny(",\"") < 0 ? f : "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
