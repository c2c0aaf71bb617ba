using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Cases.Referral;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The provider API (Träger, X-Api-Key): list the own open hand-overs, confirm, decline with a reason, post
/// progress reports. Each answer moves the referral lifecycle and, through the outbox, the waiting workflow.
/// </summary>
public static partial class ProviderHandoversApi
{
    public static IEndpointRouteBuilder MapProviderHandoversApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var group = endpoints.MapGroup("/api/provider/handovers")
            .WithTags("Provider API (Träger)")
            .WithGroupName("provider")
            .ForProviders()
            .WithBodyLimit(ProviderBodyLimit.From(configuration));
        group.MapGet("/", List).WithName("ListProviderHandovers")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Your open hand-overs (awaiting confirmation or active), oldest first, with only the customer data your agreement and the customer's consent allow. "
                + "Paging with page/pageSize, total in X-Total-Count.");
        group.MapGet("/{id:guid}", Get).WithName("GetProviderHandover")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One of your hand-overs (also declined or ended ones). 404 for any id that is not yours.");
        group.MapPost("/{id:guid}/confirm", Confirm).WithName("ConfirmHandover")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Confirms that you take the customer (HandoverConfirmed). 409 when already confirmed, declined or ended.");
        group.MapPost("/{id:guid}/decline", Decline).WithName("DeclineHandover")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Declines the hand-over with a reason (HandoverDeclined). 400 without reason, 409 when no longer awaiting confirmation.");
        group.MapPost("/{id:guid}/reports", Report).WithName("ReportOnHandover")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Posts a progress report (ProviderReportReceived): summary, attendance (regular|irregular|none), next steps. 409 unless the hand-over is active.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<HandoverView>>, ProblemHttpResult>> List(
        HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var (views, total) = await handovers.OpenAsync(ProviderCaller.From(http.User).ProviderKey, page, pageSize, cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(views.ToList());
    }

    private static async Task<Results<Ok<HandoverView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken) =>
        await handovers.GetAsync(ProviderCaller.From(http.User).ProviderKey, id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : HandoverNotFound(id);

    private static Task<Results<Ok<HandoverView>, ProblemHttpResult>> Confirm(Guid id, [AsParameters] HandoverAnswerServices services) =>
        AnswerAsync(id, services, ReferralTriggers.ProviderConfirm.Name, new { }, null);

    private static Task<Results<Ok<HandoverView>, ProblemHttpResult>> Decline(
        Guid id, DeclineRequest request, [AsParameters] HandoverAnswerServices services) =>
        AnswerAsync(id, services, ReferralTriggers.ProviderDecline.Name, new { }, request.Reason);

    private static async Task<Results<Created<ReportReceipt>, ProblemHttpResult>> Report(
        Guid id, ReportRequest request, [AsParameters] HandoverAnswerServices services)
    {
        var data = new { summary = request.Summary, attendance = request.Attendance, nextSteps = request.NextSteps };
        var result = await services.PerformAsync(id, ReferralTriggers.Report.Name, data, null);
        if (result is not CaseActionResult.Done done)
        {
            return HandoverProblem(result, id);
        }

        var file = done.Case.Referral!;
        return TypedResults.Created(
            $"/api/provider/handovers/{id}",
            new ReportReceipt(id, file.LastReportAt!.Value, file.ReportCount, file.NextReportDue));
    }

    private static async Task<Results<Ok<HandoverView>, ProblemHttpResult>> AnswerAsync(
        Guid id, HandoverAnswerServices services, string action, object data, string? reason)
    {
        var result = await services.PerformAsync(id, action, data, reason);
        return result is CaseActionResult.Done done
            ? TypedResults.Ok(await services.Handovers.ViewAsync(done.Case, services.ProviderKey, services.CancellationToken))
            : HandoverProblem(result, id);
    }
}
