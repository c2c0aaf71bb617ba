using System.Xml.Linq;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>How problem messages name elements: the German term, the BPMN term and the id.</summary>
internal static class ElementText
{
    private static readonly Dictionary<string, string> GermanNames = new(StringComparer.Ordinal)
    {
        ["process"] = "Prozess",
        [Tags.StartEvent] = "Startereignis",
        [Tags.EndEvent] = "Endereignis",
        [Tags.UserTask] = "Benutzeraufgabe",
        [Tags.ServiceTask] = "Serviceaufgabe",
        [Tags.SendTask] = "Sendeaufgabe",
        [Tags.ReceiveTask] = "Empfangsaufgabe",
        [Tags.ExclusiveGateway] = "Exklusives Gateway",
        [Tags.ParallelGateway] = "Paralleles Gateway",
        [Tags.EventBasedGateway] = "Ereignisbasiertes Gateway",
        [Tags.IntermediateCatchEvent] = "Zwischenereignis",
        [Tags.BoundaryEvent] = "Randereignis",
        [Tags.SequenceFlow] = "Sequenzfluss",
        [Tags.Lane] = "Lane",
        [Tags.Message] = "Nachricht",
    };

    /// <summary>E.g. <c>Benutzeraufgabe (userTask) 'Task_1'</c>.</summary>
    public static string Describe(XElement element)
    {
        var local = element.Name.LocalName;
        var kind = GermanNames.TryGetValue(local, out var german) ? $"{german} ({local})" : $"<{local}>";
        return BpmnNames.IdOf(element) is { } id ? $"{kind} '{id}'" : kind;
    }

    /// <summary>E.g. <c>Benutzeraufgabe (userTask)</c>.</summary>
    public static string Kind(string localName) =>
        GermanNames.TryGetValue(localName, out var german) ? $"{german} ({localName})" : $"<{localName}>";
}
