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
                fields.ToDictionary(f => JsonNamingPolicy.CamelCase.ConvertName(f.Key), f => f.Value))
            {
                Status = status, Title = title, Detail = error.Message,
            });
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = error.Message });
    }

    /// <summary>200 with the record and its ETag, or the problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Versioned<T>(Result<T> result, HttpResponse response, Func<T, long> version)
    {
        if (!result.IsSuccess) return Problem(result.Error!);
        response.Headers.ETag = ETag.Format(version(result.Value!));
        return TypedResults.Ok(result.Value!);
    }
}
