using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Liaison.Cli;

/// <summary>
/// What a command prints: with --json exactly one JSON value on stdout; otherwise readable text. Progress,
/// warnings and errors always go to stderr.
/// </summary>
internal static class Output
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public static int Fail(string message, int exitCode = 1)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
