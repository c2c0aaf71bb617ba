using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// Re-evaluates the <c>cf:dueDate</c> timers of an instance's waiting tokens against the current case data: a timer
/// whose date changed moves (journaled "von X auf Y"); a non-interrupting boundary timer that already fired is armed
/// again when the new date lies in the future. A date that is missing now leaves the timer where it is (journaled).
/// With <paramref name="onlyWhen"/> (stored instant, new instant) only armed timers the predicate accepts move, nothing is
/// armed again and a missing date is not journaled (the start-up calendar check).
/// </summary>
internal sealed class TimerMoves(
    WorkflowModel model, WorkflowInstance instance, ExpressionScope scope, DateTime now, Action<string, string, string> log, Func<DateTime, DateTime, bool>? onlyWhen = null)
{
    /// <summary>True when a timer moved or was armed again.</summary>
    public bool Apply()
    {
        if (instance.Status != InstanceStatus.Running)
        {
            return false;
        }

        var changed = false;
        foreach (var token in instance.Tokens.ToList())
        {
            foreach (var (elementId, timer, mayRearm) in ExpressionTimersOf(token))
            {
                changed |= Move(token, elementId, timer, mayRearm);
            }
        }

        return changed;
    }

    private bool Move(Token token, string elementId, TimerDefinition timer, bool mayRearm)
    {
        var existing = instance.Timers.Find(t => t.TokenId == token.Id && t.ElementId == elementId);
        DateTime? due;
        string problem;
        try
        {
            due = TimerDue.Evaluate(timer.DueDate!, scope);
            problem = "ergibt kein Datum (no due date)";
        }
        catch (ExpressionException error)
        {
            due = null;
            problem = $"fehlgeschlagen (expression failed): {error.Message}";
        }

        if (onlyWhen is not null && (existing is null || due is not { } found || found == existing.DueAt || !onlyWhen(existing.DueAt, found)))
        {
            return false;
        }

        if (due is not { } date)
        {
            if (existing is not null)
            {
                log("timer.unchanged", elementId, $"cf:dueDate '{timer.DueDate!.Text}' {problem}; der Timer bleibt bei {TimerDue.Text(existing.DueAt)}.");
            }

            return false;
        }

        if (existing is null)
        {
            if (!mayRearm || date <= now)
            {
                return false;
            }

            instance.Timers.Add(new WorkflowTimer { InstanceId = instance.Id, TokenId = token.Id, ElementId = elementId, DueAt = date });
            log("timer.scheduled", elementId, $"Timer {timer} erneut gestellt (re-armed), fällig (due) {TimerDue.Text(date)}.");
            return true;
        }

        if (existing.DueAt == date)
        {
            return false;
        }

        log("timer.moved", elementId, $"Timer verschoben (timer moved) von {TimerDue.Text(existing.DueAt)} auf {TimerDue.Text(date)}.");
        existing.DueAt = date;
        return true;
    }

    /// <summary>The due date timers the token waits on; only boundary timers (their task still open) may be armed again.</summary>
    private IEnumerable<(string ElementId, TimerDefinition Timer, bool MayRearm)> ExpressionTimersOf(Token token)
    {
        switch (token.Wait)
        {
            case TokenWait.Timer when model.Node(token.ElementId) is IntermediateCatchEvent { Timer.DueDate: not null } catchEvent:
                yield return (catchEvent.Id, catchEvent.Timer!, false);
                break;
            case TokenWait.EventGateway:
                foreach (var flow in model.OutgoingOf(model.Node(token.ElementId)))
                {
                    if (model.Node(flow.TargetId) is IntermediateCatchEvent { Timer.DueDate: not null } target)
                    {
                        yield return (target.Id, target.Timer!, false);
                    }
                }

                break;
            case TokenWait.UserTask or TokenWait.Message:
                foreach (var boundary in model.BoundariesOf(token.ElementId).Where(b => b.Timer?.DueDate is not null))
                {
                    yield return (boundary.Id, boundary.Timer!, !boundary.CancelActivity);
                }

                break;
        }
    }
}
