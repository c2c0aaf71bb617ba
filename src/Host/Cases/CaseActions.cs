using CaseFlow.Host.Contacts;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Referrals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>
/// The one use case "perform a case action": load the case for the actor, check access, let the case's lifecycle
/// perform the action, stage what it produced (journal, follow-ups, outbox; the lifecycle counts the outcome) and
/// commit once, with the moved <c>cf:dueDate</c> timers of the case's instances (<see cref="CaseTimerRearming"/>) and the
/// customer's contact due date when the action changed the profile (<see cref="ProfileDueFollower"/>, the bFM exit). The Cases API and the provider API call <see cref="PerformAsync"/>; a workflow's <c>case.fire</c>
/// calls <see cref="StageInStep"/>, whose changes the <c>InstanceRunner</c> commits with the rest of the step. A task bound
/// to an action (<c>cf:caseAction</c>) calls <see cref="StageAsync"/> and commits with its engine step. Every action taken
/// is followed by the case's workflows (<see cref="CaseActionFollower"/>) in the same unit of work, and a provider's answer that no workflow
/// waits for becomes a follow-up for the FM (<see cref="ProviderAnswerFollowUps"/>).
/// </summary>
public sealed class CaseActions(
    CaseFlowDbContext db,
    CaseLifecycles lifecycles,
    CaseOutcomeWriter outcomes,
    ProviderDirectory providers,
    CaseTimerRearming timers,
    ProfileDueFollower dues,
    ResourceAreaCatalogue areas,
    ProviderAnswerFollowUps answers,
    IServiceProvider services,
    JobcenterCalendar calendar)
{
    /// <summary>Performs the action and, if it was taken, commits it: the commit point of every case action request.</summary>
    public async Task<CaseActionResult> PerformAsync(CaseActionRequest request, CancellationToken cancellationToken)
    {
        var result = await StageAsync(request, null, cancellationToken);
        if (result is not CaseActionResult.Done)
        {
            return result;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException refused) when (UniqueViolation.Is(refused))
        {
            // A unique index refused the write, e.g. a concurrent referral of the customer to the same provider
            // (RunningReferrals): decide again on the saved state, which answers with the lifecycle's refusal.
            db.ChangeTracker.Clear();
            var again = await StageAsync(request, null, cancellationToken);
            if (again is CaseActionResult.Done)
            {
                throw;
            }

            return again;
        }
    }

    /// <summary>
    /// Performs the action and stages it with what follows from it (timers, the case's workflows but
    /// <paramref name="exceptInstance"/>), without committing: the caller commits (a bound task's completion).
    /// </summary>
    public async Task<CaseActionResult> StageAsync(CaseActionRequest request, Guid? exceptInstance, CancellationToken cancellationToken)
    {
        var @case = await FindAsync(request.CaseId, request.Actor, cancellationToken);
        if (@case is null)
        {
            return new CaseActionResult.NotFound($"Fall {request.CaseId} nicht gefunden.");
        }

        // A provider finds only the referrals made to it (FindAsync), so for it finding is access.
        if (ProviderActors.KeyOf(request.Actor) is null && !CaseAccessPolicy.CanAct(@case, request.Actor))
        {
            return NoAccess(@case, request.Actor);
        }

        var lifecycle = lifecycles.For(@case);
        if (!lifecycle.Actions.Contains(request.Action))
        {
            return new CaseActionResult.NotFound(
                $"Die Aktion '{request.Action}' gibt es für Fälle der Art '{lifecycle.Kind}' nicht. Verfügbar: {string.Join(", ", lifecycle.Actions)}.");
        }

        if (request.ExpectedVersion is { } version && version != @case.Version)
        {
            return new CaseActionResult.Conflict(
                $"Der Fall wurde inzwischen geändert (Version {@case.Version}, gesendet {version}). Bitte neu laden.", @case.Version);
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == @case.CustomerId, cancellationToken);
        var scene = new CaseScene(@case, customer, request.Actor, calendar.Now, calendar)
        {
            Providers = await providers.CatalogForAsync(@case, cancellationToken),
            ActiveGoalIds = await Goals.ActiveGoalIds.ForAsync(db, @case, cancellationToken),
            GoalNames = await Goals.GoalNames.ForAsync(db, areas, @case, cancellationToken),
        };
        var result = Stage(lifecycle, scene, request.Action, request.Input);
        if (result is CaseActionResult.Done)
        {
            await timers.StageAsync(@case, customer, request.Actor.UserName, scene.Now, cancellationToken);
            await dues.StageAsync(customer, cancellationToken);
            await Follower.StageAsync(@case, request.Action, request.Input, request.Actor, exceptInstance, cancellationToken);
            await answers.StageAfterActionAsync(@case, request.Action, request.Input, request.Actor, scene.Providers, scene.Now, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Performs and stages the action inside an engine step, which loaded the case and commits the step; the
    /// engine's own actor may act in any case, a person only where the access rules let them.
    /// </summary>
    public CaseActionResult StageInStep(CaseScene scene, string action, ActionInput input)
    {
        if (scene.Actor.UserName != EngineActors.SystemUserName && !CaseAccessPolicy.CanAct(scene.Case, scene.Actor))
        {
            return NoAccess(scene.Case, scene.Actor);
        }

        return Stage(lifecycles.For(scene.Case), scene, action, input);
    }

    /// <summary>Read only (e.g. FM supervision of another FM's case) says why; no access at all says so.</summary>
    private static CaseActionResult NoAccess(Case @case, Actor actor) =>
        NeedToKnow.Of(@case, actor) is { MayRead: true, ReadOnlyReason: { } why }
            ? new CaseActionResult.Forbidden(why)
            : new CaseActionResult.NoCaseAccess();

    /// <summary>Resolved when needed: the follower runs engine steps, and the engine's <c>case.fire</c> calls back into this class.</summary>
    private CaseActionFollower Follower => services.GetRequiredService<CaseActionFollower>();

    /// <summary>The one place that performs an action and stages its outcome; nothing is staged when the lifecycle refuses.</summary>
    private CaseActionResult Stage(ICaseLifecycle lifecycle, CaseScene scene, string action, ActionInput input)
    {
        try
        {
            outcomes.Stage(lifecycle.Perform(scene, action, input));
            return new CaseActionResult.Done(scene.Case, lifecycle.AllowedActions(scene), CaseWords.Of(lifecycle, scene));
        }
        catch (TriggerRefusedException refused)
        {
            return new CaseActionResult.Refused(
                refused.Trigger, refused.State, refused.Message, refused.UnmetGuards, lifecycle.AllowedActions(scene));
        }
        catch (ActionInputException invalid)
        {
            return new CaseActionResult.Invalid(invalid.Field, invalid.Message);
        }
        catch (ActionForbiddenException forbidden)
        {
            return new CaseActionResult.Forbidden(forbidden.Message);
        }
        catch (KeyNotFoundException unknown)
        {
            return new CaseActionResult.NotFound(unknown.Message);
        }
    }

    /// <summary>The case, tracked; for a provider only among the referrals made to it.</summary>
    private Task<Case?> FindAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        (ProviderActors.KeyOf(actor) is { } providerKey ? db.Cases.MadeTo(providerKey) : db.Cases)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
}
