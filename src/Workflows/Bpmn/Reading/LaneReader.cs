using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Reads the lanes (nested lanes too) with their <c>cf:role</c>, and which role each node's lane has: the
/// innermost lane listing the node wins; a lane without a role takes the role of the lane around it.
/// </summary>
internal sealed class LaneReader
{
    private readonly List<Lane> lanes = [];
    private readonly Dictionary<string, (string LaneId, int Depth, string? Role)> placement = new(StringComparer.Ordinal);
    private readonly ProcessCatalog catalog;
    private readonly RoleRules roles;
    private readonly ProblemList problems;

    public LaneReader(ProcessCatalog catalog, RoleRules roles, ProblemList problems)
    {
        (this.catalog, this.roles, this.problems) = (catalog, roles, problems);
        foreach (var laneSet in catalog.Process.Elements(BpmnName("laneSet")))
        {
            ReadLanes(laneSet, 0, null);
        }
    }

    public IReadOnlyList<Lane> Lanes => lanes;

    /// <summary>The role of the lane the node lies in (null when it lies in none, or that lane has no role).</summary>
    public string? RoleOf(string nodeId) => placement.TryGetValue(nodeId, out var place) ? place.Role : null;

    private void ReadLanes(XElement laneSet, int depth, string? inheritedRole)
    {
        foreach (var lane in laneSet.Elements(BpmnName(Tags.Lane)))
        {
            if (IdOf(lane) is not { } id)
            {
                continue;
            }

            var role = CfAttribute(lane, "role");
            if (role is not null && !roles.IsKnown(role))
            {
                problems.Add(id, $"Die Lane '{id}' nennt die unbekannte Rolle (unknown cf:role) '{role}'. Erlaubt: {roles.Vocabulary}.");
            }

            var nodeIds = lane.Elements(BpmnName("flowNodeRef")).Select(r => NonEmpty(r.Value)).OfType<string>().ToList();
            foreach (var nodeId in nodeIds)
            {
                Place(id, nodeId, depth, role ?? inheritedRole);
            }

            lanes.Add(new Lane(id, NameOf(lane), role, nodeIds));
            foreach (var child in lane.Elements(BpmnName("childLaneSet")))
            {
                ReadLanes(child, depth + 1, role ?? inheritedRole);
            }
        }
    }

    private void Place(string laneId, string nodeId, int depth, string? role)
    {
        if (!catalog.IsNode(nodeId))
        {
            if (!catalog.IsRefused(nodeId))
            {
                problems.Add(laneId, $"Die Lane '{laneId}' nennt '{nodeId}' (flowNodeRef), ein Ablaufelement mit dieser id gibt es nicht.");
            }

            return;
        }

        if (placement.TryGetValue(nodeId, out var earlier) && earlier.Depth == depth && earlier.LaneId != laneId)
        {
            problems.Add(nodeId, $"'{nodeId}' liegt in zwei Lanes zugleich ('{earlier.LaneId}' und '{laneId}'); ein Element gehört in genau eine Lane.");
            return;
        }

        if (!placement.TryGetValue(nodeId, out earlier) || earlier.Depth < depth)
        {
            placement[nodeId] = (laneId, depth, role);
        }
    }
}
