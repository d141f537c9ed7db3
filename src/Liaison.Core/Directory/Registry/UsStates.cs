namespace Liaison.Core.Directory.Registry;

/// <summary>USPS state codes the NPI registry uses: states, DC, territories, freely associated states, military.</summary>
public static class UsStates
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
        "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW", "AA", "AE", "AP",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsValid(ReadOnlySpan<char> code) => code.Length == 2 && Lookup.Contains(code);

    public static IReadOnlyCollection<string> All => Codes;
}
