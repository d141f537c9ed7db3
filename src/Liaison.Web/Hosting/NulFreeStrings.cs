using System.Text.Json;
using System.Text.Json.Serialization;
using Liaison.Core.Common;

namespace Liaison.Web.Hosting;

/// <summary>
/// A NUL character (<c>\u0000</c>) in any string of a request body, a list's item or an object's key included, is a 400
/// naming its place: PostgreSQL's text cannot hold one (the save was a 500 there) and SQLite stored it. The importers
/// refuse it the same way (<see cref="NulCharacter"/>). Writing is unchanged.
/// </summary>
internal sealed class NulFreeStrings : JsonConverter<string>
{
    public const string Reason = "The value holds a NUL character (\\u0000), which no text field can store.";

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static string? Checked(string? value) => value is not null && NulCharacter.In(value) ? throw new JsonException(Reason) : value;
}
