using System.Security.Claims;
using CaseFlow.Host.Api;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Goals;

/// <summary>
/// The goal cycle of one customer against the database: who may (<see cref="GoalAccess"/>), one active goal (check plus
/// <see cref="ActiveGoals"/> index), each step journaled on the customer in the same transaction; a refusal saves nothing.
/// </summary>
public sealed class GoalService(CaseFlowDbContext db, ActorResolver actors, ResourceAreaCatalogue areas, JobcenterCalendar calendar)
{
    private sealed record Scene(Customer Customer, List<Case> Cases, Actor Actor);

    public async Task<(IReadOnlyList<DevelopmentGoal> Goals, int Total, Refusal? Refusal)> ListAsync(
        Guid customerId, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (scene, refusal) = await SceneAsync(customerId, user, write: false, cancellationToken);
        if (scene is null)
        {
            return ([], 0, refusal);
        }

        var goals = db.DevelopmentGoals.AsNoTracking().Where(g => g.CustomerId == customerId);
        var total = await goals.CountAsync(cancellationToken);
        var list = await goals.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(g => g.Interventions).Include(g => g.Reviews).AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (list, total, null);
    }

    public async Task<GoalResult> AgreeAsync(Guid customerId, GoalRequests.Agree request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (scene, refusal) = await SceneAsync(customerId, user, write: true, cancellationToken);
        if (scene is null)
        {
            return GoalResult.Refused(refusal!);
        }

        var now = calendar.Now;
        var draft = new GoalDraft(customerId, request.ResourceArea, request.Description, request.AgreedOn, request.AgreedWithCustomer, scene.Actor.UserName, now);
        if (GoalCycle.Agree(draft, areas, calendar.DateOf(now), out var goal) is { } problem)
        {
            return GoalResult.Of(problem);
        }

        var interventions = request.Interventions ?? [];
        for (var index = 0; index < interventions.Count; index++)
        {
            if (Link(goal!, interventions[index], scene, now) is { } wrong)
            {
                return GoalResult.Of(wrong with { Field = $"interventions[{index}].{wrong.Field}" });
            }
        }

        if (await ActiveGoalAsync(customerId, cancellationToken) is { } active)
        {
            return ActiveConflict(active);
        }

        db.DevelopmentGoals.Add(goal!);
        db.Journal.Add(Journal.ForCustomer(customerId, scene.Actor, now, "goal.agree", $"{{\"goalId\":\"{goal!.Id}\",\"resourceArea\":\"{goal.ResourceArea}\",\"interventions\":{interventions.Count}}}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (UniqueViolation.Is(refused))
        {
            // A concurrent request agreed a goal first (ActiveGoals index): answer as if it had been there before.
            db.ChangeTracker.Clear();
            if (await ActiveGoalAsync(customerId, cancellationToken) is { } winner)
            {
                return ActiveConflict(winner);
            }

            throw;
        }

        return new GoalResult(goal);
    }

    public async Task<GoalResult> LinkInterventionAsync(
        Guid customerId, Guid goalId, GoalRequests.Intervention request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await StepAsync(customerId, goalId, user, "goal.intervention", (goal, scene, now) => Link(goal, request, scene, now), cancellationToken);

    public async Task<GoalResult> ReviewAsync(
        Guid customerId, Guid goalId, GoalRequests.Review request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await StepAsync(customerId, goalId, user, "goal.review",
            (goal, scene, now) => GoalCycle.Review(goal, new ReviewDraft(request.Outcome, request.Decision, request.Note, scene.Actor.UserName, now), out _),
            cancellationToken);

    private async Task<GoalResult> StepAsync(
        Guid customerId, Guid goalId, ClaimsPrincipal user, string action, Func<DevelopmentGoal, Scene, DateTime, GoalProblem?> step,
        CancellationToken cancellationToken)
    {
        var (scene, refusal) = await SceneAsync(customerId, user, write: true, cancellationToken);
        if (scene is null)
        {
            return GoalResult.Refused(refusal!);
        }

        var goal = await db.DevelopmentGoals.Include(g => g.Interventions).Include(g => g.Reviews).AsSplitQuery()
            .FirstOrDefaultAsync(g => g.Id == goalId && g.CustomerId == customerId, cancellationToken);
        if (goal is null)
        {
            return GoalResult.Refused(Refusal.NotFound($"Ziel {goalId} dieser Kundin/dieses Kunden nicht gefunden."));
        }

        var now = calendar.Now;
        var (interventions, reviews) = (goal.Interventions.Count, goal.Reviews.Count);
        if (step(goal, scene, now) is { } problem)
        {
            return GoalResult.Of(problem);
        }

        // New children are inserts: their client-made keys would otherwise read as existing rows to update.
        db.AddRange(goal.Interventions.Skip(interventions));
        db.AddRange(goal.Reviews.Skip(reviews));

        goal.Version++;
        db.Journal.Add(Journal.ForCustomer(customerId, scene.Actor, now, action, $"{{\"goalId\":\"{goal.Id}\",\"status\":\"{goal.Status}\"}}"));
        await db.SaveChangesAsync(cancellationToken);
        return new GoalResult(goal);
    }

    private static GoalProblem? Link(DevelopmentGoal goal, GoalRequests.Intervention request, Scene scene, DateTime now)
    {
        var linked = request.CaseId is { } caseId ? scene.Cases.FirstOrDefault(c => c.Id == caseId)?.Kind : null;
        return GoalCycle.LinkIntervention(goal, new InterventionDraft(request.Kind, request.Description, request.CaseId, linked, scene.Actor.UserName, now), out _);
    }

    private async Task<(Scene? Scene, Refusal? Refusal)> SceneAsync(Guid customerId, ClaimsPrincipal user, bool write, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return (null, Refusal.NotFound($"Kunde/Kundin {customerId} nicht gefunden."));
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        var actor = await actors.ResolveAsync(user, cancellationToken);
        var allowed = write ? GoalAccess.IsCoach(customer, cases, actor) : GoalAccess.CanRead(customer, cases, actor);
        return allowed
            ? (new Scene(customer, cases, actor), null)
            : (null, Refusal.Forbidden(write
                ? "Ziele vereinbart der Jobcoach: die Fallmanagerin/der Fallmanager eines laufenden bFM-Falls (oder die Vertretung), sonst die zuständige Integrationsfachkraft."
                : "Sie betreuen diese Kundin/diesen Kunden nicht (need to know)."));
    }

    private Task<DevelopmentGoal?> ActiveGoalAsync(Guid customerId, CancellationToken cancellationToken) =>
        db.DevelopmentGoals.AsNoTracking().FirstOrDefaultAsync(g => g.CustomerId == customerId && g.Status == GoalStatus.Active, cancellationToken);

    private GoalResult ActiveConflict(DevelopmentGoal active) => new(
        null,
        Refusal.Conflict($"Es gibt schon ein aktives Ziel ({active.Id}, Ressourcenbereich {areas.Find(active.ResourceArea)?.Name ?? active.ResourceArea}); "
            + "gestärkt wird immer nur ein Ressourcenbereich. Erst überprüfen oder beenden, dann ein neues Ziel vereinbaren."),
        active);
}
