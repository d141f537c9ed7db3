using Liaison.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace Liaison.Web.Hosting;

/// <summary>
/// A page posted with a NUL character (U+0000) in a form field's value comes back as the form itself, refused, with the field
/// marked and everything else typed kept: a NUL cannot be typed, only pasted, and the 400 status page it answered lost the whole
/// form. The NUL is taken out of the posted form before binding, so no handler ever sees one (PostgreSQL cannot store it: a 500
/// there; SQLite stored it), and each such field gets an error, so every handler's <c>ModelState.IsValid</c> refuses and re-shows.
/// A NUL where nobody pastes (a query parameter, a field's name, an uploaded file's name) still answers 400 with the status page
/// naming the parameter, before any handler runs; the API refuses all of them so too (<see cref="NulFreeParameters"/>).
/// </summary>
internal sealed class NulFreePageRequests : IAsyncPageFilter
{
    /// <summary>Where the status page finds why a request was refused (it re-executes on the same request).</summary>
    public const string ReasonKey = "Liaison.RefusedBecause";

    private const string HeldKey = "Liaison.FieldsThatHeldNul";

    // Runs before model binding (OnPageHandlerExecutionAsync runs after it).
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var http = context.HttpContext;
        // Only a form already read (the antiforgery check reads every posted one) is cleaned: one nobody read is checked below.
        if (IsStatusPage(http) || http.Features.Get<IFormFeature>()?.Form is not { } form) return Task.CompletedTask;
        var held = form.Where(f => !NulCharacter.In(f.Key) && f.Value.Any(v => v is not null && NulCharacter.In(v))).Select(f => f.Key).ToList();
        if (held.Count == 0) return Task.CompletedTask;
        // Taken out rather than replaced by U+FFFD: a NUL is invisible, so the value shown again is what the user saw and meant
        // (text pasted from a UTF-16 file reads "N\0o\0t\0e\0s\0", which comes back as "Notes"), and saving it once more stores
        // exactly that; a U+FFFD would have to be found and deleted by hand in every place, or be saved as a "�".
        var cleaned = form.ToDictionary(f => f.Key, f => held.Contains(f.Key)
            ? new StringValues(f.Value.Select(v => v?.Replace("\0", "", StringComparison.Ordinal)).ToArray()) : f.Value, StringComparer.OrdinalIgnoreCase);
        http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(cleaned, form.Files)));
        http.Items[HeldKey] = held;
        return Task.CompletedTask;
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!IsStatusPage(http) && NulFreeParameters.Refusal(http.Request) is { Fields: { Count: > 0 } fields })
        {
            http.Items[ReasonKey] = string.Join(" ", fields.Select(f => $"{f.Key}: {f.Value[0]}"));
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
            return;
        }
        // Keyed as the page's fields are (Input.Notes), so asp-for and the error summary mark and name the field itself.
        if (http.Items[HeldKey] is List<string> held)
            foreach (var key in held)
            {
                context.ModelState.AddModelError(key, $"{PostedFieldName.Of(context, key)} held a NUL character (U+0000), which no text field "
                    + "can store. It has been taken out of what is shown here: check it and save again.");
                // Said first: a field shows only its first error beside it, and what is left once the NUL is out may read well
                // ("12\0" in a number); an error of the value's own (not a number, too long) still follows in the summary.
                var errors = context.ModelState[key]!.Errors;
                errors.Insert(0, errors[^1]);
                errors.RemoveAt(errors.Count - 1);
            }
        await next();
    }

    // The status page re-executes on the same request, NUL and all: it is shown, not refused again.
    private static bool IsStatusPage(HttpContext http) => http.Features.Get<IStatusCodeReExecuteFeature>() is not null;
}
