using CaseFlow.Host.Api;
using CaseFlow.Workflows.Cases.Referral;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The provider API (Träger, X-Api-Key): list the own open hand-overs, confirm, decline with a reason, post
/// progress reports. Each answer moves the referral lifecycle and, through the outbox, the waiting workflow.
/// </summary>
public static class ProviderHandoversApi
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

    private static Task<Results<Ok<HandoverView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken) =>
        handovers.GetAsync(ProviderCaller.From(http.User).ProviderKey, id, cancellationToken);

    private static Task<Results<Ok<HandoverView>, ProblemHttpResult>> Confirm(
        Guid id, HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken) =>
        AnswerAsync(id, http, handovers, ReferralTriggers.ProviderConfirm.Name, new { }, null, cancellationToken);

    private static async Task<Results<Ok<HandoverView>, ProblemHttpResult>> Decline(
        Guid id, DeclineRequest request, HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken) =>
        await AnswerAsync(id, http, handovers, ReferralTriggers.ProviderDecline.Name, new { }, request.Reason, cancellationToken);

    private static async Task<Results<Created<ReportReceipt>, ProblemHttpResult>> Report(
        Guid id, ReportRequest request, HttpContext http, ProviderHandovers handovers, CancellationToken cancellationToken)
    {
        var providerKey = ProviderCaller.From(http.User).ProviderKey;
        var data = new { summary = request.Summary, attendance = request.Attendance, nextSteps = request.NextSteps };
        var (@case, problem) = await handovers.ActAsync(providerKey, id, ReferralTriggers.Report.Name, data, null, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var file = @case!.Referral!;
        return TypedResults.Created(
            $"/api/provider/handovers/{id}",
            new ReportReceipt(id, file.LastReportAt!.Value, file.ReportCount, file.NextReportDue));
    }

    private static async Task<Results<Ok<HandoverView>, ProblemHttpResult>> AnswerAsync(
        Guid id, HttpContext http, ProviderHandovers handovers, string action, object data, string? reason, CancellationToken cancellationToken)
    {
        var providerKey = ProviderCaller.From(http.User).ProviderKey;
        var (@case, problem) = await handovers.ActAsync(providerKey, id, action, data, reason, cancellationToken);
        return problem ?? (Results<Ok<HandoverView>, ProblemHttpResult>)TypedResults.Ok(await handovers.ViewAsync(@case!, providerKey, cancellationToken));
    }
}
