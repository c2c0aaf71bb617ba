using System.Globalization;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// The run loop: takes moving tokens one by one and executes the element each reaches, until every token
/// waits or ended. A failing element becomes an incident. The step's caps (<see cref="StepLimits"/>: element executions,
/// tokens created by forks, incidents) guard a workflow that never waits: the first arrival past a cap gets ONE incident
/// naming the cap, and the step's other moving tokens stop (journaled with their number).
/// </summary>
internal static class Interpreter
{
    public static StepResult Run(Step step)
    {
        var limits = step.Context.Limits;
        var executions = 0;
        while (step.TryDequeue(out var arrival))
        {
            executions++;
            if (CapHit(step, limits, executions) is { } cap)
            {
                Stop(step, arrival, cap);
                break;
            }

            try
            {
                Execute(step, step.Model.Node(arrival.ElementId), arrival);
                step.Incidents.Succeeded(arrival);
            }
            catch (ElementFailure failure)
            {
                step.Incidents.Raise(arrival, failure.Message);
            }
        }

        return Finish(step);
    }

    private static string? CapHit(Step step, StepLimits limits, int executions)
    {
        string Say(int value) => value.ToString(CultureInfo.InvariantCulture);
        if (executions > limits.MaxExecutions)
        {
            return $"Endlosschleife? (possible infinite loop): mehr als {Say(limits.MaxExecutions)} Elemente in einem Schritt ausgeführt, ohne zu warten (step cap).";
        }

        if (step.NewTokens > limits.MaxNewTokens)
        {
            return $"Zu viele parallele Pfade (too many tokens): mehr als {Say(limits.MaxNewTokens)} neue Token in einem Schritt (step cap).";
        }

        return step.Incidents.Raised >= limits.MaxIncidents
            ? $"Zu viele Vorfälle (too many incidents): {Say(limits.MaxIncidents)} Vorfälle in einem Schritt, der Schritt wurde angehalten (step cap)."
            : null;
    }

    /// <summary>The cap was hit: one incident at the arrival, every other moving token of the step stops.</summary>
    private static void Stop(Step step, Arrival arrival, string cap)
    {
        var stopped = step.Moving;
        step.StopMoving();
        step.Incidents.Raise(arrival, stopped == 0 ? cap : $"{cap} {stopped.ToString(CultureInfo.InvariantCulture)} weitere Token angehalten (stopped).");
    }

    private static void Execute(Step step, FlowNode node, Arrival arrival)
    {
        switch (node)
        {
            case EndEvent { Terminate: true }:
                Cancellation.Terminate(step, node.Id);
                break;
            case EndEvent:
                step.Log("end.reached", node.Id, node.DisplayName);
                break;
            case UserTask task:
                WaitStates.OpenTask(step, task, arrival);
                break;
            case ReceiveTask receive:
                WaitStates.AwaitMessage(step, receive, receive.Message, arrival);
                break;
            case IntermediateCatchEvent { Timer: { } timer } catchEvent:
                WaitStates.AwaitTimer(step, catchEvent, timer, arrival);
                break;
            case IntermediateCatchEvent { Message: { } message } catchEvent:
                WaitStates.AwaitMessage(step, catchEvent, message, arrival);
                break;
            case ServiceTask service:
                Services.Run(step, service, arrival);
                break;
            case SendTask send:
                Services.Send(step, send, send.Message);
                step.Leave(send, arrival.TokenId);
                break;
            case Gateway gateway:
                Gateways.Pass(step, gateway, arrival);
                break;
            case StartEvent or BoundaryEvent:
                step.Leave(node, arrival.TokenId);
                break;
            default:
                throw new ElementFailure($"Element '{node.DisplayName}' kann nicht ausgeführt werden (unsupported element).");
        }
    }

    /// <summary>Ends the step: variables written back, the row touched, the instance completed when no token is left.</summary>
    private static StepResult Finish(Step step)
    {
        step.Instance.WriteVariables(step.Variables);
        step.Instance.UpdatedAt = step.Now;
        step.Instance.Version++;
        if (step.Instance.Status == InstanceStatus.Running && step.Instance.Tokens.Count == 0)
        {
            step.Instance.Status = InstanceStatus.Completed;
            step.Instance.EndedAt = step.Now;
            step.Log("instance.completed", null, "Instanz abgeschlossen (completed).");
        }

        return step.Result;
    }
}
