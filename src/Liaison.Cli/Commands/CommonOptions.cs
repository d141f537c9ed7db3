using System.CommandLine;

namespace Liaison.Cli.Commands;

internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON value on stdout instead of text." };

    /// <summary>
    /// A number option that refuses NaN and the infinities, which parse as numbers (`--caliper NaN`) yet compare with
    /// nothing: NaN as a threshold silently made every answer negative, and an infinite caliper could not be printed as JSON.
    /// </summary>
    public static Option<double?> FiniteNumber(string name, string description)
    {
        var option = new Option<double?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (Core.Common.FiniteNumber.Problem(result.GetValueOrDefault<double?>(), name) is { } problem) result.AddError(problem);
        });
        return option;
    }
}
