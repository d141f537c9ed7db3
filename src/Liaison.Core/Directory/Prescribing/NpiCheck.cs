namespace Liaison.Core.Directory.Prescribing;

/// <summary>The NPI check digit: Luhn over the prefix 80840 and the first nine digits.</summary>
public static class NpiCheck
{
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || !npi.All(char.IsAsciiDigit)) return false;
        // Luhn over "80840" + 9 digits: the constant prefix contributes 24 once the doubling is applied.
        var sum = 24;
        for (var i = 8; i >= 0; i--)
        {
            var d = npi[i] - '0';
            if ((8 - i) % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return (10 - sum % 10) % 10 == npi[9] - '0';
    }
}
