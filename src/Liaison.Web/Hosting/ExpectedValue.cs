namespace Liaison.Web.Hosting;

/// <summary>
/// What a request value of a type must look like, in words a client can act on ("one of Email, Phone, InPerson"):
/// the framework's own message for a value it could not read names a .NET type at best.
/// </summary>
internal static class ExpectedValue
{
    /// <summary>The words for a scalar type, or null for lists and objects (JSON says those by its own kinds).</summary>
    public static string? Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"one of {string.Join(", ", Enum.GetNames(type))}";
        if (type == typeof(string)) return "a string";
        if (type == typeof(Guid)) return "a GUID such as 01a21ac0-4f9a-72ba-9035-8ad0cf46f57b";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "an ISO 8601 date and time such as 2026-03-02T09:00:00Z";
        if (type == typeof(DateOnly)) return "a date such as 2026-03-02";
        if (type == typeof(TimeOnly)) return "a time of day such as 09:30";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int)) return $"a whole number from {int.MinValue} to {int.MaxValue}";
        if (type == typeof(long)) return $"a whole number from {long.MinValue} to {long.MaxValue}";
        if (type == typeof(short) || type == typeof(byte)) return "a small whole number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "a number";
        return null;
    }
}
