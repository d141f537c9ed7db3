using Liaison.Core.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Liaison.Web.Pages;

/// <summary>Shows a use-case failure on a form: field errors beside their fields, the rest at the top.</summary>
public static class PageErrors
{
    public static void AddTo(this Error error, ModelStateDictionary modelState, string prefix = "")
    {
        if (error.Fields is { Count: > 0 } fields)
        {
            foreach (var (field, messages) in fields)
                foreach (var message in messages)
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
            return;
        }
        modelState.AddModelError(string.Empty, error.Message);
    }

    /// <summary>
    /// The first value refused as posted (one the binder could not read, or that held a NUL: NulFreePageRequests), as the
    /// error a form told across a redirect shows; null when every value was read.
    /// </summary>
    public static Error? FirstRefusal(this ModelStateDictionary modelState) =>
        modelState.FirstOrDefault(e => e.Value!.Errors.Count > 0) is { Value: { } refused } entry
            ? Error.Invalid(entry.Key, refused.Errors[0].ErrorMessage) : null;
}
