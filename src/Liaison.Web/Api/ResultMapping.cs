using Liaison.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

/// <summary>Use-case results that carry no version, as 200 or the problem.</summary>
public static class ResultMapping
{
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Problem(result.Error!);

    /// <summary>204 for a done deed whose record is gone (a delete), or the problem.</summary>
    public static Results<NoContent, ProblemHttpResult> ToNoContent<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : ApiResults.Problem(result.Error!);

    /// <summary>201 with the record's address and ETag, or the problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, HttpResponse response,
        Func<T, string> location, Func<T, long>? version = null)
    {
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        if (version is not null) response.Headers.ETag = ETag.Format(version(result.Value!));
        return TypedResults.Created(location(result.Value!), result.Value!);
    }
}
