using System.Globalization;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// A due timer fires: a timer catch event moves on, an event-based race is won, a boundary timer interrupts
/// its task or (non-interrupting) starts a parallel path, a cycle reschedules itself.
/// </summary>
internal static class TimerFiring
{
    public static void Fire(Step step, Guid timerId)
    {
        var timer = step.Instance.Timers.Find(timer => timer.Id == timerId)
            ?? throw new EngineConflictException("Der Timer ist nicht mehr aktiv (timer gone).");
        var token = step.Token(timer.TokenId)
            ?? throw new EngineConflictException("Am Timer wartet kein Token mehr (no waiting token).");
        var node = step.Model.Node(timer.ElementId);

        switch (node)
        {
            case BoundaryEvent { CancelActivity: true } boundary:
                Interrupt(step, boundary, token);
                break;
            case BoundaryEvent boundary:
                StartParallelPath(step, boundary, timer);
                break;
            default:
                var race = token.Wait == TokenWait.EventGateway ? " als erstes Ereignis (event-based gateway race won)" : string.Empty;
                step.Log("timer.fired", node.Id, $"Timer abgelaufen (fired){race}.");
                Cancellation.ClearWaits(step, token.Id);
                step.RemoveToken(token);
                step.Leave(node, token.Id);
                break;
        }
    }

    /// <summary>Interrupting: the task is cancelled, the token's other waits go, the token continues from the boundary.</summary>
    private static void Interrupt(Step step, BoundaryEvent boundary, Token token)
    {
        step.Log("timer.fired", boundary.Id, $"Timer an '{step.Model.Node(boundary.AttachedTo).DisplayName}' abgelaufen (interrupting).");
        Cancellation.CancelTasks(step, token.Id, $"abgebrochen durch Timer '{boundary.DisplayName}' (interrupting boundary timer).");
        Cancellation.ClearWaits(step, token.Id);
        step.RemoveToken(token);
        step.Leave(boundary, token.Id);
    }

    /// <summary>Non-interrupting: a new token continues from the boundary; the task stays; a cycle comes back.</summary>
    private static void StartParallelPath(Step step, BoundaryEvent boundary, WorkflowTimer timer)
    {
        var definition = boundary.Timer ?? throw new InvalidOperationException($"Boundary '{boundary.Id}' has no timer.");
        var repeats = definition.IsCycle && timer.RemainingRepetitions is not 0;
        if (repeats)
        {
            timer.DueAt = step.Calendar.Add(timer.DueAt, definition.Duration);
            timer.RemainingRepetitions--;
        }
        else
        {
            step.Instance.Timers.Remove(timer);
        }

        var next = repeats ? $" Nächster Termin (next) {timer.DueAt.ToString("O", CultureInfo.InvariantCulture)}." : string.Empty;
        step.Log("timer.fired", boundary.Id, $"Timer an '{step.Model.Node(boundary.AttachedTo).DisplayName}' abgelaufen (non-interrupting).{next}");
        step.Leave(boundary, Guid.NewGuid());
    }
}
