using Liaison.Core.Common;
using Liaison.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Liaison.Web.Hosting;

/// <summary>
/// A NUL character in a query parameter or a form field (its name, its value, an uploaded file's name) is refused as in a
/// JSON body (<see cref="NulFreeStrings"/>): a 400 naming each such parameter or field, before any handler runs, so
/// PostgreSQL never sees one (its text cannot hold it: the save was a 500 there, and SQLite stored it). Pages refuse a query
/// parameter, a field's name or a file's name so too, and a field's value beside the field (<see cref="NulFreePageRequests"/>).
/// </summary>
internal static class NulFreeParameters
{
    private const string InName = "The parameter's name holds a NUL character (\\u0000).";
    private const string InFileName = "The file's name holds a NUL character (\\u0000), which no text field can store.";

    /// <summary>Checks every request of the endpoints built here; it runs after authorization and binding.</summary>
    public static TBuilder RefuseNulCharacters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            Refusal(context.HttpContext.Request) is { } refused ? ApiResults.Problem(refused) : await next(context));

    /// <summary>Each query parameter or read form field that holds a NUL, with why, or null.</summary>
    public static Error? Refusal(HttpRequest request)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query) Check(fields, name, values);
        // Only a form the endpoint read is checked: one that takes no form ignores the body it was sent.
        if (request.HttpContext.Features.Get<IFormFeature>()?.Form is { } form)
        {
            foreach (var (name, values) in form) Check(fields, name, values);
            foreach (var file in form.Files)
            {
                Check(fields, file.Name, []);
                if (NulCharacter.In(file.FileName)) fields.TryAdd(file.Name, [InFileName]);
            }
        }
        if (fields.Count == 0) return null;
        var first = fields.First();
        return new Error(ErrorKind.Validation, first.Value[0], fields);
    }

    private static void Check(Dictionary<string, string[]> fields, string name, IEnumerable<string?> values)
    {
        if (NulCharacter.In(name)) fields.TryAdd(name.Replace("\0", "\\u0000", StringComparison.Ordinal), [InName]);
        else if (values.Any(v => v is not null && NulCharacter.In(v))) fields.TryAdd(name, [NulFreeStrings.Reason]);
    }
}
