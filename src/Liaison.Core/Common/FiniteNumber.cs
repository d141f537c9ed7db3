using System.Globalization;

namespace Liaison.Core.Common;

/// <summary>
/// NaN and the infinities parse as numbers from a query string, a form or a command line (JSON cannot carry them), yet
/// compare with nothing and cannot be written back as JSON: every numeric input refuses them, saying which in words.
/// </summary>
public static class FiniteNumber
{
    /// <summary>The value in words: "NaN (not a number)", "infinity", "minus infinity", or the number.</summary>
    public static string Describe(double value) => value switch
    {
        double.PositiveInfinity => "infinity",
        double.NegativeInfinity => "minus infinity",
        _ when double.IsNaN(value) => "NaN (not a number)",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Why <paramref name="value"/> is refused as <paramref name="what"/>, or null for a finite number.</summary>
    public static string? Problem(double? value, string what) =>
        value is { } v && !double.IsFinite(v) ? $"{what} must be a finite number, not {Describe(v)}." : null;
}
