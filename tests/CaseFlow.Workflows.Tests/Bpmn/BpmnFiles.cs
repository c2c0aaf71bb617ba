using System.Text;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Tests.Bpmn;

/// <summary>Small BPMN documents for the reader tests: process content wrapped into a full definitions document.</summary>
internal static class BpmnFiles
{
    public static readonly BpmnReaderOptions Options = new()
    {
        CaseKindActions = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["bfm"] = ["refer", "accept", "reject", "exit"],
            ["referral"] = ["refer", "provider-confirm", "end"],
        },
    };

    /// <summary>A definitions document with one process around <paramref name="content"/>.</summary>
    public static string Definitions(string content, string processAttributes = "", string outside = "", string key = "test-flow") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1"
                          id="Definitions_1" targetNamespace="urn:caseflow:test">
          {outside}
          <bpmn:process id="{key}" name="Test" isExecutable="true" {processAttributes}>
            {content}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary><c>Start -> element -> End</c> around one element with id <paramref name="id"/>.</summary>
    public static string Around(string id, string element, string processAttributes = "", string outside = "") =>
        Definitions(
            $"""
            <bpmn:startEvent id="Start" />
            {element}
            <bpmn:endEvent id="End" />
            {Flow("Flow_In", "Start", id)}
            {Flow("Flow_Out", id, "End")}
            """,
            processAttributes,
            outside);

    public static string Flow(string id, string source, string target, string? condition = null) =>
        condition is null
            ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />"""
            : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    public static string Timer(string kind, string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    public static BpmnReadResult Read(string xml) => BpmnReader.Read(xml, Options);

    public static WorkflowModel ReadValid(string xml)
    {
        var result = Read(xml);
        Assert.True(result.IsValid, "Expected a valid file, got:\n" + Describe(result));
        return result.Model!;
    }

    /// <summary>Asserts the file is refused with a problem at <paramref name="elementId"/> whose message contains every fragment.</summary>
    public static BpmnProblem AssertProblem(BpmnReadResult result, string? elementId, params string[] fragments)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Model);
        var match = result.Problems.FirstOrDefault(p => p.ElementId == elementId && fragments.All(f => p.Message.Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null, $"No problem at '{elementId}' containing [{string.Join(" | ", fragments)}]; got:\n{Describe(result)}");
        return match;
    }

    public static string Describe(BpmnReadResult result) =>
        result.Problems.Aggregate(new StringBuilder(), (text, p) => text.AppendLine($"  [{p.ElementId}] {p.Message}")).ToString();
}
