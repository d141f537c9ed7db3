using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Liaison.Core.Common;
using Liaison.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Hosting;

/// <summary>
/// A request the API's binding could not read (malformed JSON, a value of the wrong type, an unknown enumeration name,
/// a query parameter that does not parse) answers the validation problem every refused field gets, naming the field
/// (a JSON path such as <c>$.kind</c>, or the parameter) and why. Left to itself the framework answers a bare 400 that
/// names neither; with <c>ThrowOnBadRequest</c> it throws this one exception instead, which carries the reason.
/// </summary>
internal sealed partial class BindingFailures(IOptions<JsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad || !ErrorHandling.IsApi(http)) return false;
        // The exception handler has cleared the request's endpoint; the feature keeps the one that threw.
        var endpoint = http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        // 413 and 415 are not a field's fault; their message is the framework's plain sentence, no stack trace.
        IResult problem = bad.StatusCode switch
        {
            StatusCodes.Status400BadRequest => ApiResults.Problem(Describe(bad, endpoint, json.Value.SerializerOptions)),
            StatusCodes.Status415UnsupportedMediaType
                when endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts =>
                ApiResults.UnsupportedMediaType(accepts.ContentTypes, http.Request.ContentType),
            _ => TypedResults.Problem(statusCode: bad.StatusCode, detail: bad.Message),
        };
        await problem.ExecuteAsync(http);
        return true;
    }

    /// <summary>The field error for a body that did not read as <paramref name="bodyType"/>, named by its JSON path.</summary>
    public static Error FromJson(JsonException e, Type? bodyType, JsonSerializerOptions options)
    {
        var path = e.Path ?? "$";
        for (; e is NullSafeLists.ItemFailure item; e = item.Failure) path += item.Within;
        if (e.InnerException is JsonException syntax) return Error.Invalid(path, $"The body is not valid JSON: {syntax.Message}");
        // A converter of ours (NullSafeLists, NulFreeStrings) said why in its own words; the serializer's own message
        // ("could not be converted to …") ends with the path, and is replaced by what the field takes.
        if (!e.Message.Contains($" Path: {e.Path}", StringComparison.Ordinal)) return Error.Invalid(path, e.Message);
        var expected = Expected(bodyType, path, options);
        var why = expected is null ? "The value has the wrong type." : $"Expected {expected}.";
        return Error.Invalid(path, e.InnerException is { } inner ? $"{inner.Message} {why}" : why);
    }

    // The exception names what failed only in its message; these are the framework's (unlocalised) sentences for it.
    private static Error Describe(BadHttpRequestException e, Endpoint? endpoint, JsonSerializerOptions options)
    {
        if (e.InnerException is JsonException jsonFailure)
            return FromJson(jsonFailure, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType, options);
        // A query, route or header value, or a field of a [FromForm] record, that does not parse as its type.
        if ((Unparsed().Match(e.Message) is { Success: true } query ? query : FormValueUnparsed().Match(e.Message)) is { Success: true } unparsed)
        {
            var name = unparsed.Groups["name"].Value;
            var given = unparsed.Groups["value"].Value;
            var value = given.Length > 60 ? TextCut.Cut(given, 60) + "…" : given;
            var expected = ParameterType(endpoint, name) is { } type ? ExpectedValue.Of(type) : null;
            return Error.Invalid(JsonNamingPolicy.CamelCase.ConvertName(name),
                expected is null ? $"'{value}' is not a valid value." : $"'{value}' is not {expected}.");
        }
        if (Missing().Match(e.Message) is { Success: true } missing)
            return missing.Groups["source"].Value == "body"
                ? Error.Invalid("$", "A JSON object is required as the body.")
                : Error.Invalid(missing.Groups["name"].Value, $"Required in the {missing.Groups["source"].Value}.");
        if (e.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
            return Error.Invalid("$", "A JSON object is required as the body.");
        if (FormUnread().Match(e.Message) is { Success: true })
            return Error.Invalid("form", $"The body is not a readable multipart form: {e.InnerException?.Message ?? "it ends too early."}");
        return Error.Invalid("request", e.Message);
    }

    private static string? Expected(Type? root, string path, JsonSerializerOptions options)
    {
        var type = root;
        foreach (Match step in PathStep().Matches(path))
        {
            if (type is null) return null;
            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            type = step.Groups["index"].Success || info.Kind == JsonTypeInfoKind.Dictionary
                ? info.ElementType ?? ItemOf(type)
                : info.Properties.FirstOrDefault(p => string.Equals(p.Name, step.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        }
        if (type is null) return null;
        if (ExpectedValue.Of(type) is { } scalar) return scalar;
        if (ItemOf(type) is not null) return "a list";
        return options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type).Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary
            ? "a JSON object" : null;
    }

    // Lists are read by NullSafeLists, a converter of its own, so their type info names no element type.
    private static Type? ItemOf(Type type) => type == typeof(string) ? null : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    // A query, route or header parameter of the handler, or a property of an [AsParameters] or [FromForm] record it takes.
    private static Type? ParameterType(Endpoint? endpoint, string name)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        foreach (var parameter in handler.GetParameters())
        {
            if (!parameter.IsDefined(typeof(AsParametersAttribute)) && !IsFormRecord(parameter))
            {
                if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase)) return parameter.ParameterType;
            }
            else if (parameter.ParameterType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
                return property.PropertyType;
        }
        return null;
    }

    private static bool IsFormRecord(ParameterInfo parameter) =>
        parameter.IsDefined(typeof(Microsoft.AspNetCore.Mvc.FromFormAttribute)) && ExpectedValue.Of(parameter.ParameterType) is null;

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex Unparsed();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ ]+)" was not provided from (?<source>.+)\.$""")]
    private static partial Regex Missing();

    [GeneratedRegex("""^Failed to read parameter "(?<type>.+) (?<name>[^ ]+)" from the request body as form\.""")]
    private static partial Regex FormUnread();

    // A [FromForm] record's field that does not parse; the framework names the property as declared.
    [GeneratedRegex("""^The value '(?<value>.*)' is not valid for '(?<name>[^']+)'\.$""", RegexOptions.Singleline)]
    private static partial Regex FormValueUnparsed();

    [GeneratedRegex("""\.(?<name>[^.\[]+)|\['(?<name>(?:[^']|'')*)'\]|\[(?<index>\d+)\]""")]
    private static partial Regex PathStep();
}
