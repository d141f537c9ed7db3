using System.Globalization;

namespace Liaison.Core.Common;

/// <summary>A count with its noun in the right number: "1 payment", "1,250 payments", never "payment(s)".</summary>
public static class Counted
{
    /// <param name="one">The noun for one ("interaction", "HCP").</param>
    /// <param name="many">The noun for any other count, when it is not <paramref name="one"/> + "s".</param>
    public static string Of(long count, string one, string? many = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many ?? one + "s")}";
}
