namespace Liaison.Core.Common;

/// <summary>Why a use case refused a request. The closed set the web layer maps to problem details.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    PreconditionFailed,
    PreconditionRequired,
    Forbidden,
}

/// <summary>A use-case failure: a kind, a human message and, for validation, the offending fields.</summary>
public sealed record Error(ErrorKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string what) => new(ErrorKind.NotFound, $"{what} was not found.");
    public static Error Conflict(string message) => new(ErrorKind.Conflict, message);
    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, message);
    public static Error Stale() => new(ErrorKind.PreconditionFailed,
        "The record was changed by someone else since you read it. Reload it and apply your change again.");
    public static Error VersionRequired() => new(ErrorKind.PreconditionRequired,
        "An If-Match header with the record's current ETag is required to change it.");

    public static Error Invalid(string field, string message) =>
        new(ErrorKind.Validation, message, new Dictionary<string, string[]> { [field] = [message] });
}
