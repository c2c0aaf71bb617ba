using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Start, end, intermediate catch and boundary events with their timer or message.</summary>
internal static class EventReader
{
    public static FlowNode? Read(XElement element, NodeBasics b, ReadContext context)
    {
        var definitions = element.Elements().Where(e => IsBpmn(e) && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        if (definitions.Count > 1)
        {
            context.Problems.Add(b.Id,
                $"{ElementText.Describe(element)} hat {definitions.Count} Ereignisdefinitionen (event definitions); erlaubt ist höchstens eine.");
            return null;
        }

        var definition = definitions.FirstOrDefault();
        var kind = definition?.Name.LocalName;
        switch (element.Name.LocalName)
        {
            case Tags.StartEvent:
                var startMessage = kind == Tags.MessageEventDefinition ? Message(element, definition!, context) : null;
                return (definition is null || startMessage is not null)
                    ? new StartEvent { Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing, Message = startMessage }
                    : null;
            case Tags.EndEvent:
                return new EndEvent
                {
                    Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing,
                    Terminate = kind == Tags.TerminateEventDefinition,
                };
            case Tags.IntermediateCatchEvent:
                return CatchEvent(element, definition, b, context);
            default:
                return Boundary(element, definition, b, context);
        }
    }

    private static IntermediateCatchEvent? CatchEvent(XElement element, XElement? definition, NodeBasics b, ReadContext context)
    {
        if (definition is null)
        {
            context.Problems.Add(b.Id,
                $"{ElementText.Describe(element)} wartet auf nichts: es braucht einen Timer (timerEventDefinition) oder eine Nachricht (messageEventDefinition).");
            return null;
        }

        var timer = definition.Name.LocalName == Tags.TimerEventDefinition ? TimerReader.Read(definition, b.Id, context.Problems) : null;
        var message = definition.Name.LocalName == Tags.MessageEventDefinition ? Message(element, definition, context) : null;
        return timer is null && message is null
            ? null
            : new IntermediateCatchEvent { Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing, Timer = timer, Message = message };
    }

    private static BoundaryEvent? Boundary(XElement element, XElement? definition, NodeBasics b, ReadContext context)
    {
        var cancelText = NonEmpty(element.Attribute("cancelActivity")?.Value);
        var cancel = cancelText is null or "true";
        if (cancelText is not (null or "true" or "false"))
        {
            context.Problems.Add(b.Id, $"{ElementText.Describe(element)}: cancelActivity muss true oder false sein, nicht '{cancelText}'.");
        }

        if (definition is null)
        {
            context.Problems.Add(b.Id,
                $"{ElementText.Describe(element)} braucht einen Timer (timerEventDefinition) oder eine Nachricht (messageEventDefinition).");
            return null;
        }

        var timer = definition.Name.LocalName == Tags.TimerEventDefinition ? TimerReader.Read(definition, b.Id, context.Problems) : null;
        var message = definition.Name.LocalName == Tags.MessageEventDefinition ? Message(element, definition, context) : null;
        if (timer is { IsCycle: true } && cancel)
        {
            context.Problems.Add(b.Id,
                $"{ElementText.Describe(element)} unterbricht seine Aufgabe (interrupting, cancelActivity=true) und kann darum nur einmal auslösen; "
                + "ein Zyklus (timeCycle) geht nur mit cancelActivity=\"false\" (non-interrupting). Bitte timeDuration verwenden oder nicht unterbrechend machen.");
            return null;
        }

        var attachedTo = Reference(element, "attachedToRef");
        return (timer is null && message is null) || attachedTo is null
            ? null
            : new BoundaryEvent
            {
                Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing,
                AttachedTo = attachedTo, CancelActivity = cancel, Timer = timer, Message = message,
            };
    }

    private static MessageDefinition? Message(XElement owner, XElement definition, ReadContext context) =>
        context.Messages.Resolve(owner, definition, "messageRef", "messageRef", context.Problems);
}
