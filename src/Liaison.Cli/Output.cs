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

    /// <summary>
    /// A file that cannot be imported at all: with --json, still one JSON value on stdout, the command's report with nothing
    /// counted and the reason as its one error (on the header line); the message on stderr; exit 1.
    /// </summary>
    public static int FailFile(string message, bool json, object report)
    {
        if (json) WriteJson(report);
        return Fail(message);
    }

    public static object FileError(string message) => new { line = 1, column = "file", reason = message };

    public static int Fail(string message, int exitCode = 1)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
