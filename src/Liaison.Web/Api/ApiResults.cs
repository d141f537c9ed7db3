using System.Text.Json;
using Liaison.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>The one place a use-case <see cref="Error"/> becomes an RFC 9457 problem response.</summary>
public static class ApiResults
{
    public static ProblemHttpResult Problem(Error error)
    {
        var (status, title) = error.Kind switch
        {
            ErrorKind.Validation => (StatusCodes.Status400BadRequest, "One or more fields are invalid."),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            ErrorKind.PreconditionFailed => (StatusCodes.Status412PreconditionFailed, "The record has changed"),
            ErrorKind.PreconditionRequired => (StatusCodes.Status428PreconditionRequired, "If-Match required"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden"),
            _ => (StatusCodes.Status500InternalServerError, "Error"),
        };
        if (error.Fields is { Count: > 0 } fields)
            return TypedResults.Problem(new HttpValidationProblemDetails(
                // Keys are written as the client named the fields in one place, for these and attribute validation's alike.
                fields.ToDictionary(f => f.Key, f => f.Value))
            {
                Status = status, Title = title, Detail = error.Message,
            });
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = error.Message, Type = TypeOf(status) });
    }

    /// <summary>405: the address exists, but not for this method; <c>Allow</c> lists the ones it takes.</summary>
    public static ProblemHttpResult MethodNotAllowed(HttpResponse response, string method, IReadOnlyList<string> allowed)
    {
        response.Headers.Allow = string.Join(", ", allowed);
        return TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
            detail: $"{method} is not allowed at this address; it takes {string.Join(", ", allowed)}.");
    }

    /// <summary>415: the endpoint reads its body only in <paramref name="accepted"/>.</summary>
    public static ProblemHttpResult UnsupportedMediaType(IEnumerable<string> accepted, string? given) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
            detail: $"This endpoint takes a body of type {string.Join(" or ", accepted)}; the request's Content-Type is "
                    + (string.IsNullOrEmpty(given) ? "missing." : $"'{given}'."));

    /// <summary>404: no endpoint has the address, whatever the method.</summary>
    public static ProblemHttpResult NoSuchAddress() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Not found", detail: "No API endpoint has this address; see /openapi/v1.json.");

    // The framework fills in `type` for the statuses of RFC 9110 only; 428 is RFC 6585's.
    private static string? TypeOf(int status) =>
        status == StatusCodes.Status428PreconditionRequired ? "https://www.rfc-editor.org/rfc/rfc6585#section-3" : null;

    /// <summary>200 with the record and its ETag, or the problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Versioned<T>(Result<T> result, HttpResponse response, Func<T, long> version)
    {
        if (!result.IsSuccess) return Problem(result.Error!);
        response.Headers.ETag = ETag.Format(version(result.Value!));
        return TypedResults.Ok(result.Value!);
    }
}
