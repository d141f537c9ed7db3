namespace Liaison.Core.Directory.Import;

/// <summary>
/// The valid NPIs an import has given so far, so that the first record of each stands and later ones are reported
/// (NPPES rows, FHIR resources): a file imported twice then changes nothing the second time, where a later record that
/// won instead would flip the stored one back on every run.
/// </summary>
/// <remarks>
/// One bit per possible NPI (its nine identifying digits; the tenth is their check digit, and only valid NPIs get
/// here), in pages allocated as NPIs fall into them: memory is bounded by the NPI space, not by the file. NPIs begin
/// with 1 or 2, so the 9-million-row monthly NPPES file fills at most 25 MB; a map from NPI to first line (to name it
/// in the message) grew with the file instead, about 180 MB for that one, against an import whose memory must stay flat.
/// </remarks>
internal sealed class NpiSet
{
    private const int PageBits = 1 << 15; // 4 KB of bits per page
    private readonly ulong[]?[] _pages = new ulong[]?[1_000_000_000 / PageBits + 1];

    /// <summary>Adds <paramref name="npi"/> (a valid NPI): true when it was not given before.</summary>
    public bool Add(string npi)
    {
        var key = int.Parse(npi.AsSpan(0, 9), System.Globalization.CultureInfo.InvariantCulture);
        var page = _pages[key / PageBits] ??= new ulong[PageBits / 64];
        ref var word = ref page[key % PageBits >> 6];
        var bit = 1UL << (key & 63);
        if ((word & bit) != 0) return false;
        word |= bit;
        return true;
    }
}
