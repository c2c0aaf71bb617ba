using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// The process's elements by id: flow nodes, sequence flows (with each node's incoming and outgoing flows
/// whose other end exists), messages, and the ids of refused elements (already reported, not reported again).
/// </summary>
internal sealed class ProcessCatalog
{
    private readonly Dictionary<string, XElement> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RawFlow>> incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RawFlow>> outgoing = new(StringComparer.Ordinal);
    private readonly List<RawFlow> flows = [];
    private readonly Dictionary<string, XElement> messages = new(StringComparer.Ordinal);
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    public ProcessCatalog(XElement definitions, XElement process)
    {
        Process = process;
        foreach (var element in process.Elements().Where(IsBpmn))
        {
            var (local, id) = (element.Name.LocalName, IdOf(element));
            if (id is null)
            {
                continue;
            }

            if (Tags.FlowNodes.Contains(local))
            {
                nodes.TryAdd(id, element);
            }
            else if (local == Tags.SequenceFlow)
            {
                flows.Add(new RawFlow(id, Reference(element, "sourceRef"), Reference(element, "targetRef"), element));
            }
            else if (!ElementRules.AllowedChildren("process").Contains(local))
            {
                refused.Add(id);
            }
        }

        foreach (var message in definitions.Elements(BpmnName(Tags.Message)))
        {
            if (IdOf(message) is { } id)
            {
                messages.TryAdd(id, message);
            }
        }

        foreach (var flow in flows.Where(f => IsNode(f.SourceId) && IsNode(f.TargetId)))
        {
            Add(outgoing, flow.SourceId!, flow);
            Add(incoming, flow.TargetId!, flow);
        }
    }

    public XElement Process { get; }

    /// <summary>The flow nodes in document order.</summary>
    public IEnumerable<XElement> Nodes => nodes.Values;

    public IReadOnlyList<RawFlow> Flows => flows;

    public IReadOnlyDictionary<string, XElement> Messages => messages;

    public bool IsNode(string? id) => id is not null && nodes.ContainsKey(id);

    /// <summary>An unsupported element of the process, already reported as such.</summary>
    public bool IsRefused(string? id) => id is not null && refused.Contains(id);

    public XElement? Node(string? id) => id is not null && nodes.TryGetValue(id, out var node) ? node : null;

    public bool IsKind(string? id, string localName) => Node(id)?.Name.LocalName == localName;

    public IReadOnlyList<RawFlow> IncomingOf(string nodeId) => incoming.TryGetValue(nodeId, out var list) ? list : [];

    public IReadOnlyList<RawFlow> OutgoingOf(string nodeId) => outgoing.TryGetValue(nodeId, out var list) ? list : [];

    /// <summary>Nodes of a kind, e.g. every <c>boundaryEvent</c>.</summary>
    public IEnumerable<XElement> NodesOf(string localName) => nodes.Values.Where(n => n.Name.LocalName == localName);

    private static void Add(Dictionary<string, List<RawFlow>> index, string nodeId, RawFlow flow)
    {
        if (!index.TryGetValue(nodeId, out var list))
        {
            index[nodeId] = list = [];
        }

        list.Add(flow);
    }
}
