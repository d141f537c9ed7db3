using System.Text;
using Liaison.Core.Common;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Engagement.Transfers;
using Liaison.Web.Hosting;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Transfers of value (HCP-level, medical side), caps and the Open Payments files (compliance).</summary>
public static class TransfersApi
{
    public static RouteGroupBuilder MapTransfersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/transfers-of-value").WithTags("Transfers of value").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListTransfersOfValue");
        group.MapGet("/{id:guid}", Get).WithName("GetTransferOfValue");
        group.MapGet("/totals", Totals).WithName("TransferTotalsByHcp").WithSummary("Each HCP's total for a year with cap warnings.");
        group.MapPost("/", Record).WithName("RecordTransferOfValue").RequireAuthorization(Policies.TransferRecorder)
            .WithSummary("Records a transfer of value; the answer lists the annual caps the HCP is now near or over.");
        group.MapGet("/open-payments", Export).WithName("ExportOpenPayments").RequireAuthorization(Policies.TransparencyOfficer)
            .WithSummary("The program year as a CMS Open Payments general-payments CSV.");
        api.MapGet("/hcps/{hcpId:guid}/transfers-of-value", ForHcp).WithTags("Transfers of value")
            .RequireAuthorization(Policies.Medical).WithName("ListHcpTransfersOfValue").RequireKnownHcp("hcpId");
        api.MapGet("/hcps/{hcpId:guid}/external-payments", External).WithTags("Transfers of value")
            .RequireAuthorization(Policies.Medical).WithName("ListHcpExternalPayments").RequireKnownHcp("hcpId")
            .WithSummary("What other companies paid the HCP, from imported Open Payments files.");
        api.MapPost("/open-payments/imports", Import).WithTags("Transfers of value").RequireAuthorization(Policies.TransparencyOfficer)
            .DisableAntiforgery().WithName("ImportOpenPayments")
            // A program year's file is gigabytes, as on the page: streamed to disk by the form reader, never held in memory.
            .WithMetadata(new DisableRequestSizeLimitAttribute()).WithFormOptions(multipartBodyLengthLimit: long.MaxValue)
            .WithSummary("Starts importing an Open Payments public file, or a program year's ZIP as CMS publishes it (multipart `file`), in the background: 202 with the job; a file that is not an Open Payments file, or a ZIP without a general or research payments file, is refused at once.");
        api.MapGet("/open-payments/imports/{id:guid}", ImportStatus).WithTags("Transfers of value").RequireAuthorization(Policies.TransparencyOfficer)
            .WithName("GetOpenPaymentsImport").WithSummary("An Open Payments import's progress (rows read, and of which entry of a ZIP) and, once done, its report with each refused row's line, column and reason: `report` for a file, `archive` for a program year's ZIP (its totals, each entry's report and the entries skipped).");

        var caps = api.MapGroup("/transfer-caps").WithTags("Transfers of value").RequireAuthorization(Policies.Medical);
        caps.MapGet("/", Caps).WithName("ListTransferCaps");
        caps.MapPut("/", SetCap).WithName("SetTransferCap").RequireAuthorization(Policies.TransparencyOfficer)
            .WithSummary("Sets the cap for a nature (or all payments): a new one as is, an existing one with If-Match (its version).");
        caps.MapDelete("/{id:guid}", RemoveCap).WithName("RemoveTransferCap").RequireAuthorization(Policies.TransparencyOfficer)
            .WithSummary("Removes a cap (If-Match).");
        return api;
    }

    public sealed record ListParameters(Guid? HcpId, int? Year, PaymentNature? Nature, Guid? EventId);

    private static async Task<Results<Ok<Paged<TransferView>>, ProblemHttpResult>> List([AsParameters] ListParameters p,
        [AsParameters] PageRequest page, ListTransfers.Handler handler, CancellationToken ct) =>
        (await handler.Handle(new ListTransfers.Query(p.HcpId, p.Year, p.Nature, p.EventId), page, ct)).ToOk();

    private static async Task<Results<Ok<Paged<TransferView>>, ProblemHttpResult>> ForHcp(Guid hcpId, int? year,
        [AsParameters] PageRequest page, ListTransfers.Handler handler, CancellationToken ct) =>
        (await handler.Handle(new ListTransfers.Query(hcpId, year), page, ct)).ToOk();

    private static async Task<Results<Ok<ExternalPaymentsForHcp.View>, ProblemHttpResult>> External(Guid hcpId,
        ExternalPaymentsForHcp.Handler handler, CancellationToken ct) => (await handler.Handle(hcpId, 50, ct)).ToOk();

    private static async Task<Results<Ok<TransferView>, ProblemHttpResult>> Get(Guid id, ListTransfers.Handler handler,
        HttpResponse response, CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, t => t.Version);

    private static async Task<Results<Ok<IReadOnlyList<ListTransfers.HcpYearTotal>>, ProblemHttpResult>> Totals(int? year,
        ListTransfers.Handler handler, TimeProvider clock, CancellationToken ct) =>
        (await handler.Totals(year ?? clock.GetUtcNow().Year, ct)).ToOk();

    private static async Task<Results<Created<RecordedTransfer>, ProblemHttpResult>> Record(TransferFields fields,
        RecordTransfer.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Handle(fields, ct)).ToCreated(response, r => $"/api/v1/transfers-of-value/{r.Transfer.Id}", r => r.Transfer.Version);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(int? year, OpenPaymentsExport.Handler handler,
        TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year - 1;
        if (y is < 2013 or > 2100) return ApiResults.Problem(Error.Invalid("Year", "Open Payments program years start in 2013."));
        await using var text = new StringWriter();
        await handler.Handle(y, text, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"OP_DTL_GNRL_PGYR{y}.csv");
    }

    private static async Task<Results<Accepted<OpenPaymentsImportJobs.View>, ProblemHttpResult>> Import(IFormFile? file,
        OpenPaymentsImportJobs jobs, IActorAccessor actor, CancellationToken ct)
    {
        var started = await jobs.Start(file, actor.Current, ct);
        return started.IsSuccess
            ? TypedResults.Accepted($"/api/v1/open-payments/imports/{started.Value!.Id}", OpenPaymentsImportJobs.View.Of(started.Value))
            : ApiResults.Problem(started.Error!);
    }

    private static Results<Ok<OpenPaymentsImportJobs.View>, ProblemHttpResult> ImportStatus(Guid id, OpenPaymentsImportJobs jobs) =>
        jobs.Find(id) is { } job ? TypedResults.Ok(OpenPaymentsImportJobs.View.Of(job)) : ApiResults.Problem(Error.NotFound("The Open Payments import"));

    private static async Task<Ok<IReadOnlyList<CapView>>> Caps(TransferCaps.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.List(ct));

    private static async Task<Results<Ok<CapView>, ProblemHttpResult>> SetCap(CapFields fields, [FromHeader(Name = "If-Match")] string? ifMatch,
        TransferCaps.Handler handler, HttpResponse response, CancellationToken ct)
    {
        ExpectedVersion? expected = null;
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            var version = ETag.FromIfMatch(ifMatch);
            if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
            expected = version.Value;
        }
        return ApiResults.Versioned(await handler.Set(fields, expected, ct), response, c => c.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveCap(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        TransferCaps.Handler handler, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        var result = await handler.Remove(id, version.Value, ct);
        return result.IsSuccess ? TypedResults.NoContent() : ApiResults.Problem(result.Error!);
    }
}
