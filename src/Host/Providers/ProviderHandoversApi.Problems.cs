using System.Diagnostics;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Providers;

/// <summary>
/// How the provider API answers a case action that was not taken, in the provider's terms: hand-over states
/// (<c>awaitingConfirmation</c>, <c>active</c>, ...), its fields at the top level, and 404 for any case not made to it.
/// </summary>
public static partial class ProviderHandoversApi
{
    private static ProblemHttpResult HandoverProblem(CaseActionResult result, Guid id) => result switch
    {
        CaseActionResult.Refused refused => RefusedProblem(refused),
        // The lifecycle names the action's data fields (data.summary); the provider sent them at the top level.
        CaseActionResult.Invalid invalid => Problems.Invalid(TopLevel(invalid.Field), TopLevel(invalid.Message)),
        CaseActionResult.Forbidden forbidden => Problems.Forbidden(forbidden.Message),
        CaseActionResult.NotFound or CaseActionResult.NoCaseAccess => HandoverNotFound(id),
        CaseActionResult.Conflict conflict => Problems.Conflict(conflict.Message),
        _ => throw new UnreachableException($"A provider answer has no problem for {result.GetType().Name}."),
    };

    private static ProblemHttpResult HandoverNotFound(Guid id) =>
        Problems.NotFound($"Übergabe {id} nicht gefunden (not found): es gibt keine Übergabe mit dieser Id an Ihren Träger.");

    private static ProblemHttpResult RefusedProblem(CaseActionResult.Refused refused)
    {
        var state = HandoverView.StateName(refused.State);
        return Problems.Conflict(
            RefusalText(refused, state),
            new Dictionary<string, object?> { ["state"] = state, ["unmetGuards"] = refused.UnmetGuards });
    }

    /// <summary>Why the hand-over refuses the call, in the provider's terms: the state it is in, or the rule that failed.</summary>
    private static string RefusalText(CaseActionResult.Refused refused, string state)
    {
        var rules = refused.UnmetGuards.Where(g => g.Guard != "state").Select(g => g.Message).ToList();
        if (rules.Count > 0)
        {
            return string.Join(" ", rules);
        }

        var why = state switch
        {
            "awaitingConfirmation" => "sie ist noch nicht bestätigt (confirm first)",
            "active" => "sie ist bereits bestätigt (already confirmed)",
            "declined" => "sie wurde abgelehnt (declined)",
            "ended" => "sie ist beendet (ended)",
            _ => "ihr Zustand lässt es nicht zu",
        };
        return $"'{refused.Action}' ist für diese Übergabe im Zustand '{state}' nicht möglich: {why}.";
    }

    private static string TopLevel(string text) => text.Replace("data.", "", StringComparison.Ordinal);
}
