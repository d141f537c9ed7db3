namespace Liaison.Core.Directory.Import;

/// <summary>
/// The rule for an NPI that an NPPES file gives more than once: the file lists each NPI once, so its first valid row
/// stands and every later row with that NPI is reported, naming that first row's line. The same rule in a batch and
/// across batches, so a file imported twice changes nothing the second time (a later row that won instead would flip
/// the record back on every run). Holds one entry per NPI, not the rows: the NPI's nine identifying digits (the tenth
/// is their check digit, and only valid NPIs are held) and the line, 20 bytes or so: about 180 MB for the 9-million-row
/// monthly file.
/// </summary>
internal sealed class FirstRowPerNpi(long expectedRows)
{
    private readonly Dictionary<int, int> _lines = new((int)Math.Clamp(expectedRows, 0, 16_000_000));

    /// <summary>Null when <paramref name="line"/> is the first to give <paramref name="npi"/> (a valid NPI); else why it is not imported.</summary>
    public string? Repeat(string npi, long line)
    {
        var key = int.Parse(npi.AsSpan(0, 9), System.Globalization.CultureInfo.InvariantCulture);
        if (_lines.TryAdd(key, (int)Math.Min(line, int.MaxValue))) return null;
        return $"NPI {npi} is given already on line {_lines[key]}: a file lists each NPI once, so that first row stands and this one is not imported";
    }
}
