using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Runs every check over the one process and builds the model; the model only counts when no problem was found.</summary>
internal static class ModelBuilder
{
    public static WorkflowModel? Build(XElement definitions, XElement process, BpmnReaderOptions options, ProblemList problems)
    {
        var key = IdOf(process);
        var catalog = new ProcessCatalog(definitions, process);
        ProcessHeaderCheck.Run(process, options, problems);
        FlowGraphCheck.Run(catalog, key, problems);
        GatewayCheck.Run(catalog, problems);
        BoundaryCheck.Run(catalog, problems);

        var roles = new RoleRules(options.Roles);
        var context = new ReadContext
        {
            Catalog = catalog,
            Options = options,
            Problems = problems,
            Messages = new MessageCatalog(catalog.Messages, problems),
            Lanes = new LaneReader(catalog, roles, problems),
            Roles = roles,
            CaseKind = CfAttribute(process, "caseKind"),
        };

        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var element in catalog.Nodes)
        {
            if (NodeReader.Read(element, context) is { } node)
            {
                nodes[node.Id] = node;
            }
        }

        var flows = FlowReader.Read(catalog, problems);
        if (problems.Any || key is null)
        {
            return null;
        }

        return new WorkflowModel
        {
            Key = key,
            Name = NameOf(process),
            CaseKind = context.CaseKind,
            ManyInstancesPerCase = CfAttribute(process, "instancesPerCase") == "many",
            Nodes = nodes,
            Flows = flows,
            Lanes = context.Lanes.Lanes,
        };
    }
}
