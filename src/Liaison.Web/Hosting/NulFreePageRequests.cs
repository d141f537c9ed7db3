using Microsoft.AspNetCore.Mvc.Filters;

namespace Liaison.Web.Hosting;

/// <summary>
/// A page asked with a NUL character in a query parameter (or posted with one in a form field the framework let through)
/// answers 400, its status page naming the parameter, before any handler runs: the directory search and the audit
/// filters passed it to the database (PostgreSQL cannot take one). The API refuses it the same way (<see cref="NulFreeParameters"/>).
/// </summary>
internal sealed class NulFreePageRequests : IAsyncPageFilter
{
    /// <summary>Where the status page finds why a request was refused (it re-executes on the same request).</summary>
    public const string ReasonKey = "Liaison.RefusedBecause";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // The status page re-executes on the same request, NUL and all: it is shown, not refused again.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && NulFreeParameters.Refusal(context.HttpContext.Request) is { Fields: { Count: > 0 } fields })
        {
            context.HttpContext.Items[ReasonKey] = string.Join(" ", fields.Select(f => $"{f.Key}: {f.Value[0]}"));
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
            return;
        }
        await next();
    }
}
