namespace Liaison.Core.Directory.Import;

/// <summary>
/// The rule for an NPI that an NPPES file gives more than once: the file lists each NPI once, so its first valid row
/// stands and every later row with that NPI is reported. The same rule in a batch and across batches, so a file
/// imported twice changes nothing the second time (a later row that won instead would flip the record back on every
/// run).
/// </summary>
/// <remarks>
/// One bit per possible NPI (its nine identifying digits; the tenth is their check digit, and only valid NPIs get
/// here), in pages allocated as NPIs fall into them: memory is bounded by the NPI space, not by the file. NPIs begin
/// with 1 or 2, so the 9-million-row monthly file fills at most 25 MB; a map from NPI to first line (to name it in the
/// message) grew with the file instead, about 180 MB for that one, against an import whose memory must stay flat.
/// </remarks>
internal sealed class FirstRowPerNpi
{
    private const int PageBits = 1 << 15; // 4 KB of bits per page
    private readonly ulong[]?[] _pages = new ulong[]?[1_000_000_000 / PageBits + 1];

    /// <summary>Null when this is the first row to give <paramref name="npi"/> (a valid NPI); else why it is not imported.</summary>
    public string? Repeat(string npi)
    {
        var key = int.Parse(npi.AsSpan(0, 9), System.Globalization.CultureInfo.InvariantCulture);
        var page = _pages[key / PageBits] ??= new ulong[PageBits / 64];
        ref var word = ref page[key % PageBits >> 6];
        var bit = 1UL << (key & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            return null;
        }
        return $"NPI {npi} is given on an earlier row of this file: a file lists each NPI once, so that first row stands and this one is not imported";
    }
}
