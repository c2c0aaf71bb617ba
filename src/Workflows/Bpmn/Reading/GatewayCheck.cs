using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Gateway rules: conditions only on flows leaving an exclusive gateway; an exclusive gateway's default flow is
/// one of its outgoing flows, has no condition, and every other outgoing flow (when there are several) has one;
/// an event-based gateway leads to at least two catch events or receive tasks.
/// </summary>
internal static class GatewayCheck
{
    public static void Run(ProcessCatalog catalog, ProblemList problems)
    {
        foreach (var flow in catalog.Flows.Where(f => f.ConditionElement is not null && catalog.IsNode(f.SourceId)))
        {
            if (!catalog.IsKind(flow.SourceId, Tags.ExclusiveGateway))
            {
                problems.Add(flow.Id,
                    $"Sequenzfluss '{flow.Id}' hat eine Bedingung (condition), beginnt aber an {ElementText.Describe(catalog.Node(flow.SourceId)!)}. "
                    + "Bedingungen sind nur an Flüssen erlaubt, die ein exklusives Gateway (exclusiveGateway) verlassen.");
            }
        }

        foreach (var node in catalog.Nodes)
        {
            var local = node.Name.LocalName;
            if (local == Tags.ExclusiveGateway)
            {
                CheckExclusive(catalog, node, problems);
            }
            else if (node.Attribute("default") is not null)
            {
                problems.Add(IdOf(node),
                    $"{ElementText.Describe(node)} hat einen Standardfluss (default flow); den gibt es nur an exklusiven Gateways.");
            }

            if (local == Tags.EventBasedGateway)
            {
                CheckEventBased(catalog, node, problems);
            }
        }
    }

    private static void CheckExclusive(ProcessCatalog catalog, XElement gateway, ProblemList problems)
    {
        var id = IdOf(gateway)!;
        var outgoing = catalog.OutgoingOf(id);
        var defaultFlow = Reference(gateway, "default");
        if (defaultFlow is not null && outgoing.All(f => f.Id != defaultFlow))
        {
            problems.Add(id,
                $"Der Standardfluss (default flow) '{defaultFlow}' von {ElementText.Describe(gateway)} ist keiner seiner ausgehenden Sequenzflüsse.");
        }

        foreach (var flow in outgoing)
        {
            if (flow.Id == defaultFlow && flow.ConditionElement is not null)
            {
                problems.Add(flow.Id,
                    $"Sequenzfluss '{flow.Id}' ist der Standardfluss (default flow) von '{id}' und darf keine Bedingung haben; er gilt, wenn keine andere Bedingung zutrifft.");
            }
            else if (outgoing.Count > 1 && flow.Id != defaultFlow && flow.ConditionElement is null)
            {
                problems.Add(flow.Id,
                    $"Sequenzfluss '{flow.Id}' verlässt {ElementText.Describe(gateway)} ohne Bedingung (missing condition). "
                    + "Bei mehreren Ausgängen braucht jeder eine Bedingung, außer dem Standardfluss (default flow).");
            }
        }
    }

    private static void CheckEventBased(ProcessCatalog catalog, XElement gateway, ProblemList problems)
    {
        var id = IdOf(gateway)!;
        var outgoing = catalog.OutgoingOf(id);
        if (outgoing.Count < 2)
        {
            problems.Add(id,
                $"{ElementText.Describe(gateway)} braucht mindestens zwei ausgehende Sequenzflüsse zu Ereignissen, die um die Wette warten (at least 2 targets).");
        }

        foreach (var flow in outgoing)
        {
            var target = catalog.Node(flow.TargetId)!;
            if (target.Name.LocalName is not (Tags.IntermediateCatchEvent or Tags.ReceiveTask))
            {
                problems.Add(flow.Id,
                    $"Sequenzfluss '{flow.Id}' führt von {ElementText.Describe(gateway)} zu {ElementText.Describe(target)}; nach einem "
                    + "ereignisbasierten Gateway müssen Timer- oder Nachrichten-Zwischenereignisse (intermediateCatchEvent) oder Empfangsaufgaben (receiveTask) folgen.");
            }
        }
    }
}
