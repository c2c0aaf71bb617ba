namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Builds the sequence flows with their parsed conditions; every condition is parsed, so every broken one is reported.</summary>
internal static class FlowReader
{
    public static Dictionary<string, SequenceFlow> Read(ProcessCatalog catalog, ProblemList problems)
    {
        var flows = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        foreach (var raw in catalog.Flows)
        {
            var condition = raw.ConditionElement is { } element
                ? ExpressionReader.Condition(raw.Id, BpmnNames.NonEmpty(element.Value), problems)
                : null;
            if (catalog.IsNode(raw.SourceId) && catalog.IsNode(raw.TargetId))
            {
                flows.TryAdd(raw.Id, new SequenceFlow
                {
                    Id = raw.Id,
                    Name = BpmnNames.NameOf(raw.Element),
                    SourceId = raw.SourceId!,
                    TargetId = raw.TargetId!,
                    Condition = condition,
                });
            }
        }

        return flows;
    }
}
