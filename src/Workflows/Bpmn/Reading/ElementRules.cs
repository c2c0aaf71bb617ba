using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// The CaseFlow subset as a table: which BPMN child elements each element may contain, and which <c>cf:</c>
/// attributes each element may carry. <c>documentation</c> and <c>extensionElements</c> are allowed everywhere.
/// </summary>
internal static class ElementRules
{
    private static readonly string[] Flows = ["incoming", "outgoing"];

    private static readonly Dictionary<string, HashSet<string>> Children = new(StringComparer.Ordinal)
    {
        ["definitions"] = Set("process", "collaboration", Tags.Message),
        ["collaboration"] = Set("participant", "textAnnotation", "association"),
        ["process"] = Set([.. Tags.FlowNodes, Tags.SequenceFlow, "laneSet", "textAnnotation", "association"]),
        ["laneSet"] = Set(Tags.Lane),
        ["childLaneSet"] = Set(Tags.Lane),
        [Tags.Lane] = Set("flowNodeRef", "childLaneSet"),
        [Tags.StartEvent] = Set([.. Flows, Tags.MessageEventDefinition]),
        [Tags.EndEvent] = Set([.. Flows, Tags.TerminateEventDefinition]),
        [Tags.IntermediateCatchEvent] = Set([.. Flows, Tags.TimerEventDefinition, Tags.MessageEventDefinition]),
        [Tags.BoundaryEvent] = Set([.. Flows, Tags.TimerEventDefinition, Tags.MessageEventDefinition]),
        [Tags.UserTask] = Set(Flows),
        [Tags.ServiceTask] = Set(Flows),
        [Tags.SendTask] = Set(Flows),
        [Tags.ReceiveTask] = Set(Flows),
        [Tags.ExclusiveGateway] = Set(Flows),
        [Tags.ParallelGateway] = Set(Flows),
        [Tags.EventBasedGateway] = Set(Flows),
        [Tags.SequenceFlow] = Set("conditionExpression"),
        [Tags.TimerEventDefinition] = Set("timeDuration", "timeCycle", "timeDate"),
        ["textAnnotation"] = Set("text"),
    };

    private static readonly Dictionary<string, HashSet<string>> CfAttributes = new(StringComparer.Ordinal)
    {
        ["process"] = Set("caseKind", "instancesPerCase"),
        [Tags.Lane] = Set("role"),
        [Tags.UserTask] = Set("candidateRole", "assignee", "dueIn", "formKey", "caseAction"),
        [Tags.ServiceTask] = Set("action", "trigger", "reason", "assignee", "text", "dueIn", "message"),
        [Tags.Message] = Set("correlationKey"),
        [Tags.TimerEventDefinition] = Set("dueDate"),
    };

    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["task"] = "Verwenden Sie userTask (Arbeit für eine Rolle) oder serviceTask mit cf:action.",
        ["scriptTask"] = "Skripte sind nicht erlaubt; verwenden Sie serviceTask mit cf:action.",
        ["businessRuleTask"] = "Regeln als Bedingungen an einem exklusiven Gateway abbilden.",
        ["manualTask"] = "Verwenden Sie userTask.",
        ["subProcess"] = "Teilprozesse bitte flach modellieren oder als eigenen Workflow hochladen.",
        ["callActivity"] = "Aufrufe anderer Prozesse bitte über Nachrichten (sendTask/receiveTask) abbilden.",
        ["inclusiveGateway"] = "Verwenden Sie ein exklusives oder paralleles Gateway.",
        ["complexGateway"] = "Verwenden Sie ein exklusives oder paralleles Gateway.",
        ["intermediateThrowEvent"] = "Nachrichten sendet eine sendTask oder serviceTask mit cf:action=\"publish\".",
        ["messageFlow"] = "Nachrichten zwischen Beteiligten über sendTask/receiveTask und bpmn:message abbilden.",
        ["signalEventDefinition"] = "Signale gibt es nicht; verwenden Sie Nachrichten (message).",
        ["errorEventDefinition"] = "Fehlerereignisse gibt es nicht; Fehler werden zu Störungen (incidents).",
        ["escalationEventDefinition"] = "Eskalationen mit einem Timer und einer Benutzeraufgabe abbilden.",
        ["timerEventDefinition"] = "Timer gibt es als Zwischenereignis oder als Randereignis an einer Aufgabe.",
        ["multiInstanceLoopCharacteristics"] = "Mehrfachausführung (multi-instance) wird nicht unterstützt.",
        ["standardLoopCharacteristics"] = "Schleifen bitte mit einem exklusiven Gateway modellieren.",
        ["messageEventDefinition"] = "Nachrichten empfangen Start-, Zwischen- und Randereignisse.",
    };

    public static IReadOnlySet<string> AllowedChildren(string localName) =>
        Children.TryGetValue(localName, out var allowed) ? allowed : [];

    public static IReadOnlySet<string> AllowedCfAttributes(string localName) =>
        CfAttributes.TryGetValue(localName, out var allowed) ? allowed : [];

    public static string HintFor(string localName) => Hints.TryGetValue(localName, out var hint) ? " " + hint : "";

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
