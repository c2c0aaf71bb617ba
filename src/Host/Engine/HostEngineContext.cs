using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Engine;

/// <summary>
/// What one engine step sees in the Host: the loaded (tracked) case and its customer, for referrals the registered
/// providers, the rule values in force (<see cref="RuleBook"/>), the actor, the time and the Jobcenter's calendar.
/// A <c>case.fire</c> is a case action like one through the Cases API (<see cref="CaseActions.StageInStep"/>): its journal
/// line, follow-ups and message join the step's unit of work, which the <see cref="InstanceRunner"/> commits.
/// </summary>
internal sealed class HostEngineContext(
    CaseActions actions,
    Case? @case,
    Customer? customer,
    ProviderCatalog providers,
    IReadOnlySet<Guid> activeGoalIds,
    RuleBook rules,
    Actor actor,
    DateTime now,
    JobcenterCalendar calendar,
    StepLimits limits)
    : IEngineContext
{
    public StepLimits Limits { get; } = limits;

    public DateTime Now { get; } = now;

    public JobcenterCalendar Calendar { get; } = calendar;

    /// <summary>The Jobcenter's date of <see cref="Now"/>: the customer's age, the rule values in force.</summary>
    private DateOnly Today => Calendar.DateOf(Now);

    public Actor Actor { get; } = actor;

    public JsonObject? CaseData(Guid caseId) =>
        @case is not null && customer is not null && @case.Id == caseId ? CaseDataView.Of(@case, customer, Today) : null;

    public JsonObject RuleData() => RuleValues.Of(rules.At(Today));

    public CaseFireResult FireCaseTrigger(Guid caseId, string trigger, ActionInput input, Actor by)
    {
        if (@case is null || customer is null || @case.Id != caseId)
        {
            return CaseFireResult.Refused($"Der Fall {caseId} ist nicht geladen oder existiert nicht (case not found).");
        }

        var scene = new CaseScene(@case, customer, by, Now, Calendar) { Providers = providers, ActiveGoalIds = activeGoalIds };
        return actions.StageInStep(scene, trigger, input) switch
        {
            CaseActionResult.Done => CaseFireResult.Ok,
            CaseActionResult.NoCaseAccess => CaseFireResult.Refused($"{by.UserName} darf in diesem Fall nicht handeln (no case access)."),
            CaseActionResult.Refused refused => CaseFireResult.Refused(refused.Message),
            CaseActionResult.Invalid invalid => CaseFireResult.Refused($"Eingabe fehlt oder ist ungültig (invalid input) – {invalid.Field}: {invalid.Message}"),
            CaseActionResult.Forbidden forbidden => CaseFireResult.Refused(forbidden.Message),
            CaseActionResult.NotFound unknown => CaseFireResult.Refused(unknown.Message),
            var other => throw new UnreachableException($"A step's case action cannot end as {other.GetType().Name}."),
        };
    }
}
