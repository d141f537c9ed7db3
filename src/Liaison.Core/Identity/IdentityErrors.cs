using Liaison.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Core.Identity;

internal static class IdentityErrors
{
    public static Error ToError(IdentityResult result, string field)
    {
        var messages = result.Errors.Select(e => e.Description).ToArray();
        return new Error(ErrorKind.Validation, string.Join(" ", messages),
            new Dictionary<string, string[]> { [field] = messages });
    }
}
