using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.FollowUps;

/// <summary>The follow-ups (Wiedervorlagen) in the inbox: list mine or my deputies', mark one done.</summary>
public static class FollowUpsApi
{
    /// <summary>The optional body of "done": a note for the journal.</summary>
    public sealed record DoneRequest([TextLimit(TextLimits.Note)] string? Note = null);

    private const int MaxNoteLength = 2000;

    public static IEndpointRouteBuilder MapFollowUpsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/follow-ups").WithTags("Follow-ups (Wiedervorlagen)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListFollowUps").WithSummary(
            "Follow-ups: scope=mine (assigned to me) or deputy (assigned to the FMs I stand in for); status=open (by due date) or done "
            + "(last done first); overdue=true for open ones past due; paging with page/pageSize, total in X-Total-Count.");
        group.MapPost("/{id:guid}/done", Done).WithName("MarkFollowUpDone").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Marks a follow-up done (the assignee or their deputy), journaled on its case. 409 when it is already done.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<FollowUpView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, FollowUpInbox followUps, CancellationToken cancellationToken,
        string scope = FollowUpQuery.Mine, string status = "open", bool overdue = false, int page = 1, int pageSize = 50)
    {
        if (scope is not (FollowUpQuery.Mine or FollowUpQuery.Deputy))
        {
            return Problems.Invalid("scope", "scope muss mine oder deputy sein.");
        }

        if (status is not ("open" or "done"))
        {
            return Problems.Invalid("status", "status muss open oder done sein.");
        }

        if (overdue && status == "done")
        {
            return Problems.Invalid("overdue", "overdue=true gilt nur für offene Wiedervorlagen (status=open).");
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (items, total) = await followUps.ListAsync(new FollowUpQuery(scope, status == "done", overdue, page, pageSize), actor, cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(items.ToList());
    }

    private static async Task<Results<Ok<FollowUpView>, ProblemHttpResult>> Done(
        Guid id, DoneRequest? request, HttpContext http, ActorResolver actors, FollowUpInbox followUps, CancellationToken cancellationToken)
    {
        if (request?.Note is { Length: > MaxNoteLength })
        {
            return Problems.Invalid("note", $"Die Notiz darf höchstens {MaxNoteLength} Zeichen lang sein.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (done, refusal) = await followUps.MarkDoneAsync(id, actor, request?.Note, cancellationToken);
        return refusal is not null ? Problems.For(refusal) : TypedResults.Ok(done!);
    }
}
