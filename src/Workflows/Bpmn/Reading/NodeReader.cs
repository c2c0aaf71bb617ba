using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Turns a flow node element into its model node; null (with problems) when it cannot be built.</summary>
internal static class NodeReader
{
    public static FlowNode? Read(XElement element, ReadContext context)
    {
        var id = IdOf(element)!;
        var b = new NodeBasics(
            id,
            NameOf(element),
            context.Lanes.RoleOf(id),
            [.. context.Catalog.IncomingOf(id).Select(f => f.Id)],
            [.. context.Catalog.OutgoingOf(id).Select(f => f.Id)]);
        return element.Name.LocalName switch
        {
            Tags.StartEvent or Tags.EndEvent or Tags.IntermediateCatchEvent or Tags.BoundaryEvent => EventReader.Read(element, b, context),
            Tags.UserTask => UserTaskReader.Read(element, b, context),
            Tags.ServiceTask => ServiceTaskReader.Read(element, b, context),
            Tags.SendTask => Message(element, context) is { } sent
                ? new SendTask { Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing, Message = sent }
                : null,
            Tags.ReceiveTask => Message(element, context) is { } received
                ? new ReceiveTask { Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing, Message = received }
                : null,
            Tags.ExclusiveGateway => Gateway(b, GatewayKind.Exclusive, Reference(element, "default")),
            Tags.ParallelGateway => Gateway(b, GatewayKind.Parallel, null),
            Tags.EventBasedGateway => Gateway(b, GatewayKind.EventBased, null),
            var other => throw new InvalidOperationException($"'{other}' is not a flow node kind."),
        };
    }

    private static MessageDefinition? Message(XElement task, ReadContext context) =>
        context.Messages.Resolve(task, task, "messageRef", "messageRef", context.Problems);

    private static Gateway Gateway(NodeBasics b, GatewayKind kind, string? defaultFlow) =>
        new() { Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing, Kind = kind, DefaultFlow = defaultFlow };
}
