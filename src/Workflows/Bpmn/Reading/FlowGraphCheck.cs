using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// The flow graph: every sequence flow joins two existing flow nodes; start events have no incoming flow, end
/// events no outgoing one, every other node at least one outgoing flow; every node is reachable from a start event.
/// </summary>
internal static class FlowGraphCheck
{
    public static void Run(ProcessCatalog catalog, string? processId, ProblemList problems)
    {
        foreach (var flow in catalog.Flows)
        {
            CheckEnd(catalog, flow, flow.SourceId, "sourceRef", "beginnt an", problems);
            CheckEnd(catalog, flow, flow.TargetId, "targetRef", "führt zu", problems);
        }

        var starts = catalog.NodesOf(Tags.StartEvent).ToList();
        if (starts.Count == 0)
        {
            problems.Add(processId, "Der Prozess hat kein Startereignis (no start event).");
        }

        var noneStarts = starts.Where(s => s.Element(BpmnName(Tags.MessageEventDefinition)) is null).ToList();
        foreach (var extra in noneStarts.Skip(1))
        {
            problems.Add(IdOf(extra),
                $"Mehr als ein einfaches Startereignis (none start event): '{IdOf(noneStarts[0])}' und '{IdOf(extra)}'. "
                + "Eine Instanz startet an genau einem; weitere Starts bitte als Nachrichten-Startereignis modellieren.");
        }

        // Counted over every flow, so a flow already refused as dangling or into an unsupported element is not reported twice.
        var sources = catalog.Flows.Where(f => f.SourceId is not null).ToLookup(f => f.SourceId!);
        var targets = catalog.Flows.Where(f => f.TargetId is not null).ToLookup(f => f.TargetId!);
        foreach (var node in catalog.Nodes)
        {
            var id = IdOf(node)!;
            CheckDegree(node, targets[id].Count(), sources[id].Count(), problems);
        }

        CheckReachability(catalog, starts, problems);
    }

    private static void CheckEnd(ProcessCatalog catalog, RawFlow flow, string? end, string attribute, string verb, ProblemList problems)
    {
        if (end is null)
        {
            problems.Add(flow.Id, $"Dem Sequenzfluss '{flow.Id}' fehlt das Attribut {attribute} (missing {attribute}).");
        }
        else if (!catalog.IsNode(end) && !catalog.IsRefused(end))
        {
            problems.Add(flow.Id, $"Sequenzfluss '{flow.Id}' {verb} einem Element, das es nicht gibt (dangling flow): '{end}'.");
        }
    }

    private static void CheckDegree(XElement node, int into, int outOf, ProblemList problems)
    {
        var (id, local) = (IdOf(node)!, node.Name.LocalName);
        if (local is Tags.StartEvent or Tags.BoundaryEvent && into > 0)
        {
            var reason = local == Tags.StartEvent ? "Ein Startereignis" : "Ein Randereignis (es hängt an seiner Aufgabe)";
            problems.Add(id, $"{ElementText.Describe(node)} hat eingehende Sequenzflüsse (incoming flow); {reason} darf keine haben.");
        }

        if (local == Tags.EndEvent && outOf > 0)
        {
            problems.Add(id, $"{ElementText.Describe(node)} hat ausgehende Sequenzflüsse (outgoing flow); nach einem Endereignis geht es nicht weiter.");
        }

        if (local != Tags.EndEvent && outOf == 0)
        {
            problems.Add(id,
                $"{ElementText.Describe(node)} hat keinen ausgehenden Sequenzfluss (no outgoing flow); der Ablauf bliebe hier stehen. "
                + "Bitte weiterführen oder mit einem Endereignis beenden.");
        }
    }

    private static void CheckReachability(ProcessCatalog catalog, IEnumerable<XElement> starts, ProblemList problems)
    {
        var next = catalog.Flows.Where(f => f.SourceId is not null && f.TargetId is not null).ToLookup(f => f.SourceId!, f => f.TargetId!);
        var boundaries = catalog.NodesOf(Tags.BoundaryEvent).ToLookup(b => Reference(b, "attachedToRef") ?? "", b => IdOf(b)!);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(starts.Select(s => IdOf(s)!));
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id))
            {
                continue;
            }

            foreach (var target in next[id].Concat(boundaries[id]))
            {
                pending.Push(target);
            }
        }

        // A boundary event lives and dies with its task: the task is reported, or BoundaryCheck reports the attachment.
        foreach (var node in catalog.Nodes.Where(n => !reached.Contains(IdOf(n)!) && n.Name.LocalName != Tags.BoundaryEvent))
        {
            problems.Add(IdOf(node),
                $"{ElementText.Describe(node)} ist von keinem Startereignis aus erreichbar (unreachable); bitte verbinden oder entfernen.");
        }
    }
}
