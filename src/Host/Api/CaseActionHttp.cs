using System.Diagnostics;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>How the Cases API answers a <see cref="CaseActionResult"/>: 200 with the case, or a ProblemDetails.</summary>
public static class CaseActionHttp
{
    private const string NoCaseAccessDetail =
        "Sie dürfen in diesem Fall nicht handeln: nur die Betreuenden des Falls und wer ihn nach den Zugriffsregeln bearbeiten darf, z. B. FM-Vertretungen oder aB-pAp bei Fällen in der Warteschlange (forbidden).";

    /// <summary>The case after the action, cut to what <paramref name="actor"/> may know of it (<see cref="CaseViewNeedToKnow"/>).</summary>
    public static Results<Ok<CaseView>, ProblemHttpResult> ToHttp(this CaseActionResult result, Actor actor) =>
        result is CaseActionResult.Done done
            ? TypedResults.Ok(CaseView.Of(done.Case, done.AllowedActions, done.Words).For(done.Case, AfterActing(done.Case, actor)))
            : result.ToProblem();

    /// <summary>Who just acted sees at least the summary of where the case went (e.g. the FM who returned it to the IFK).</summary>
    private static CaseDataAccess AfterActing(Case @case, Actor actor) =>
        NeedToKnow.Of(@case, actor) is { } access && access.Reads(CaseDataClass.Summary) ? access : CaseDataAccess.SummaryOnly;

    /// <summary>Why the action was not taken, as the Cases API answers it (also for a bound task's completion).</summary>
    public static ProblemHttpResult ToProblem(this CaseActionResult result) => result switch
    {
        CaseActionResult.Refused refused => Problems.Conflict(refused.Message, new Dictionary<string, object?>
        {
            ["state"] = refused.State,
            ["unmetGuards"] = refused.UnmetGuards,
            ["allowedActions"] = refused.AllowedActions,
        }),
        CaseActionResult.Invalid invalid => Problems.Invalid(invalid.Field, invalid.Message),
        CaseActionResult.Forbidden forbidden => Problems.Forbidden(forbidden.Message),
        CaseActionResult.NoCaseAccess => Problems.Forbidden(NoCaseAccessDetail),
        CaseActionResult.NotFound notFound => Problems.NotFound(notFound.Message),
        CaseActionResult.Conflict conflict => Problems.Conflict(
            conflict.Message, new Dictionary<string, object?> { ["currentVersion"] = conflict.CurrentVersion }),
        _ => throw new UnreachableException($"A case action that ended as {result.GetType().Name} has no problem."),
    };
}
