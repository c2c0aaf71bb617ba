using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>Exclusive (first true condition, else default), parallel (fork and join) and event-based gateways.</summary>
internal static class Gateways
{
    public static void Pass(Step step, Gateway gateway, Arrival arrival)
    {
        switch (gateway.Kind)
        {
            case GatewayKind.Exclusive:
                Choose(step, gateway, arrival);
                break;
            case GatewayKind.Parallel when gateway.Incoming.Count > 1:
                Join(step, gateway, arrival);
                break;
            case GatewayKind.Parallel:
                step.Leave(gateway, arrival.TokenId);
                break;
            case GatewayKind.EventBased:
                AwaitFirstEvent(step, gateway, arrival);
                break;
            default:
                throw new InvalidOperationException($"Unknown gateway kind {gateway.Kind}.");
        }
    }

    private static void Choose(Step step, Gateway gateway, Arrival arrival)
    {
        var chosen = step.Model.OutgoingOf(gateway)
            .Where(flow => flow.Id != gateway.DefaultFlow)
            .FirstOrDefault(flow => flow.Condition is null || StepExpressions.Condition(step, flow, flow.Condition));
        if (chosen is null && gateway.DefaultFlow is { } defaultFlow)
        {
            chosen = step.Model.Flows[defaultFlow];
        }

        if (chosen is null)
        {
            throw new ElementFailure($"Kein Pfad an Gateway '{gateway.DisplayName}' (no condition true and no default flow).");
        }

        var data = new JsonObject { ["flow"] = chosen.Id, ["condition"] = chosen.Condition?.Text, ["default"] = chosen.Id == gateway.DefaultFlow };
        step.Log("gateway.taken", gateway.Id, $"Pfad (path) '{chosen.Name ?? chosen.Id}'", EngineJson.Text(data));
        step.Take(chosen, arrival.TokenId);
    }

    /// <summary>The token waits until a token has arrived on every incoming flow; then one token goes on.</summary>
    private static void Join(Step step, Gateway gateway, Arrival arrival)
    {
        step.Park(arrival, TokenWait.Join);
        var waiting = gateway.Incoming
            .Select(flow => step.Instance.Tokens.Find(token =>
                token.ElementId == gateway.Id && token.Wait == TokenWait.Join && token.ArrivedVia == flow))
            .ToList();
        if (waiting.Any(token => token is null))
        {
            return;
        }

        foreach (var token in waiting)
        {
            step.RemoveToken(token!);
        }

        step.Log("gateway.joined", gateway.Id, $"Alle {gateway.Incoming.Count} Pfade angekommen (joined).");
        step.Leave(gateway, arrival.TokenId);
    }

    /// <summary>A timer or subscription per target, all for this token; the first event that happens wins (see <see cref="Resumption"/>).</summary>
    private static void AwaitFirstEvent(Step step, Gateway gateway, Arrival arrival)
    {
        var targets = step.Model.OutgoingOf(gateway).Select(flow => step.Model.Node(flow.TargetId)).ToList();
        if (targets.Find(target => MessageOf(target) is null && target is not IntermediateCatchEvent { Timer: not null }) is { } wrong)
        {
            throw new ElementFailure($"'{wrong.DisplayName}' ist kein Timer- oder Nachrichtenereignis (not a catch event) nach dem ereignisbasierten Gateway.");
        }

        var keys = targets.Select(target => MessageOf(target) is { } message ? WaitStates.CorrelationKey(step, message) : null).ToList();
        var dues = targets.Select(target => target is IntermediateCatchEvent { Timer: { } timer } ? TimerDue.Of(step, target.Id, timer) : default).ToList();
        step.Park(arrival, TokenWait.EventGateway);
        for (var i = 0; i < targets.Count; i++)
        {
            if (MessageOf(targets[i]) is { } message)
            {
                WaitStates.Subscribe(step, targets[i].Id, message, keys[i]!, arrival.TokenId);
            }
            else
            {
                WaitStates.Schedule(step, targets[i].Id, ((IntermediateCatchEvent)targets[i]).Timer!, dues[i], arrival.TokenId);
            }
        }
    }

    private static MessageDefinition? MessageOf(FlowNode target) => target switch
    {
        ReceiveTask receive => receive.Message,
        IntermediateCatchEvent { Message: { } message } => message,
        _ => null,
    };
}
