using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Engine;

/// <summary>
/// What one engine step sees in the Host: the loaded (tracked) case and its customer, for referrals the registered
/// providers, the actor and the time.
/// A <c>case.fire</c> goes through the case's lifecycle exactly like the Cases API, and its journal line,
/// follow-ups and message join the step's unit of work.
/// </summary>
internal sealed class HostEngineContext(
    CaseLifecycles lifecycles, CaseOutcomeWriter outcomes, Case? @case, Customer? customer, ProviderCatalog providers, Actor actor, DateTime now)
    : IEngineContext
{
    public DateTime Now { get; } = now;

    public Actor Actor { get; } = actor;

    public JsonObject? CaseData(Guid caseId) =>
        @case is not null && customer is not null && @case.Id == caseId ? CaseDataView.Of(@case, customer, Now) : null;

    public CaseFireResult FireCaseTrigger(Guid caseId, string trigger, ActionInput input, Actor by)
    {
        if (@case is null || customer is null || @case.Id != caseId)
        {
            return CaseFireResult.Refused($"Der Fall {caseId} ist nicht geladen oder existiert nicht (case not found).");
        }

        if (by.UserName != EngineActors.SystemUserName && !CaseAccessPolicy.CanAct(@case, by))
        {
            return CaseFireResult.Refused($"{by.UserName} darf in diesem Fall nicht handeln (no case access).");
        }

        try
        {
            var lifecycle = lifecycles.For(@case);
            var outcome = lifecycle.Perform(new CaseScene(@case, customer, by, Now) { Providers = providers }, trigger, input);
            outcomes.Stage(outcome);
            return CaseFireResult.Ok;
        }
        catch (TriggerRefusedException refused)
        {
            return CaseFireResult.Refused(refused.Message);
        }
        catch (ActionInputException invalid)
        {
            return CaseFireResult.Refused($"Eingabe fehlt oder ist ungültig (invalid input) – {invalid.Field}: {invalid.Message}");
        }
        catch (ActionForbiddenException forbidden)
        {
            return CaseFireResult.Refused(forbidden.Message);
        }
        catch (KeyNotFoundException unknown)
        {
            return CaseFireResult.Refused(unknown.Message);
        }
    }
}
