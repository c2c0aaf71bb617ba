using System.Xml.Linq;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>A sequence flow as written in the file, before its ends are checked.</summary>
internal sealed record RawFlow(string Id, string? SourceId, string? TargetId, XElement Element)
{
    public XElement? ConditionElement => Element.Element(BpmnNames.BpmnName("conditionExpression"));
}
