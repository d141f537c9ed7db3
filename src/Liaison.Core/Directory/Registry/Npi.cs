namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The National Provider Identifier: ten digits whose last is a Luhn check digit computed over the card-issuer
/// prefix 80840 followed by the first nine digits (CMS, "NPI check digit").
/// </summary>
public static class Npi
{
    public static bool IsValid(ReadOnlySpan<char> npi) =>
        npi.Length == 10 && AllDigits(npi) && CheckDigit(npi[..9]) == npi[9] - '0';

    /// <summary>The check digit for nine leading digits.</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        // Luhn over "80840" + nine digits: doubling starts at the rightmost of the nine (the check digit is
        // appended after them); the constant prefix contributes 24 whatever the digits are.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var d = firstNine[8 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Why <paramref name="npi"/> is not a valid NPI, or null when it is.</summary>
    public static string? Problem(ReadOnlySpan<char> npi)
    {
        if (npi.IsEmpty) return "the NPI is missing";
        if (npi.Length != 10 || !AllDigits(npi)) return $"'{npi}' is not 10 digits";
        var expected = CheckDigit(npi[..9]);
        return expected == npi[9] - '0' ? null : $"NPI {npi} fails the check digit (expected {expected})";
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
