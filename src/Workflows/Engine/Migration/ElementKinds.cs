using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Migration;

/// <summary>
/// The kind of an element as a migration compares it: a waiting thing may only move to an element of the same kind
/// (a user task to a user task, a timer catch to a timer catch, an exclusive gateway to an exclusive gateway).
/// </summary>
public static class ElementKinds
{
    public static string Of(FlowNode node) => node switch
    {
        IntermediateCatchEvent { Timer: not null } => "timer catch event",
        IntermediateCatchEvent => "message catch event",
        BoundaryEvent { Timer: not null } => "boundary timer",
        BoundaryEvent => "boundary message",
        Gateway gateway => $"{gateway.Kind} gateway".ToLowerInvariant(),
        UserTask => "user task",
        ReceiveTask => "receive task",
        ServiceTask => "service task",
        SendTask => "send task",
        StartEvent => "start event",
        EndEvent => "end event",
        _ => node.GetType().Name,
    };
}
