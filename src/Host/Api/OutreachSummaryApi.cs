using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>"Zusammenfassung für die/den pAp": the aB-pAp releases a text of an outreach case for the former pAp (seed 003).</summary>
public static class OutreachSummaryApi
{
    /// <summary>The text released for the pAp (trimmed, 1 to 4000 characters, no invisible or control characters but line breaks).</summary>
    public sealed record ReleaseRequest([TextLimit(TextLimits.Note)] string? Text);

    public static RouteGroupBuilder MapOutreachSummaryApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/outreach-summary", Release).WithName("ReleaseOutreachSummary").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("The aB-pAp of an outreach case releases a summary for the former pAp, who sees the latest one on the case (outreachSummary) instead of the outreach file. Journaled (release-summary). 403 for everyone else, 400 for an empty, too long (over 4000 characters) or invisible text.");
        return group;
    }

    private static async Task<Results<Created<ReleasedSummary>, ProblemHttpResult>> Release(
        Guid id, ReleaseRequest? request, HttpContext http, ActorResolver actors, OutreachSummaryRelease release, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (released, refusal) = await release.ReleaseAsync(id, actor, request?.Text, cancellationToken);
        return refusal is not null
            ? Problems.For(refusal)
            : TypedResults.Created($"/api/cases/{id}", ReleasedSummary.Of(released)!);
    }
}
