using System.Globalization;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// The run loop: takes moving tokens one by one and executes the element each reaches, until every token
/// waits or ended. A failing element becomes an incident; more than <see cref="MaxExecutions"/> element
/// executions in one step stop the token with an incident (a loop guard for a workflow that never waits).
/// </summary>
internal static class Interpreter
{
    public const int MaxExecutions = 1000;

    public static StepResult Run(Step step)
    {
        var executions = 0;
        while (step.TryDequeue(out var arrival))
        {
            executions++;
            try
            {
                if (executions > MaxExecutions)
                {
                    throw new ElementFailure(
                        $"Endlosschleife? (possible infinite loop): mehr als {MaxExecutions.ToString(CultureInfo.InvariantCulture)} Elemente in einem Schritt ausgeführt, ohne zu warten.");
                }

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
