using System.CommandLine;

namespace Liaison.Cli.Commands;

internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON value on stdout instead of text." };
}
