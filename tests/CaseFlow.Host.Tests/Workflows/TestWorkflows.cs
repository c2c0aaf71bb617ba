using System.Net.Http.Headers;
using System.Text;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary>Small BPMN files for the definition tests, and sending them.</summary>
internal static class TestWorkflows
{
    /// <summary>A valid bFM workflow: start -> user task (FM) -> accept the case -> end.</summary>
    public static string Valid(string key = "intake-check", string taskName = "Erstgespräch führen") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{key}" name="Aufnahme" cf:caseKind="bfm">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Task_Talk" name="{taskName}" cf:candidateRole="FM" cf:dueIn="P5D" />
            <bpmn:serviceTask id="Accept" cf:action="case.fire" cf:trigger="accept" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Talk" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Talk" targetRef="Accept" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Accept" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static string Xxe => Valid().Replace(
        "<bpmn:definitions",
        "<!DOCTYPE bpmn:definitions [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<bpmn:definitions",
        StringComparison.Ordinal).Replace("name=\"Aufnahme\"", "name=\"&xxe;\"", StringComparison.Ordinal);

    public static string Unsupported => Valid().Replace("<bpmn:serviceTask id=\"Accept\" cf:action=\"case.fire\" cf:trigger=\"accept\" />", "<bpmn:scriptTask id=\"Accept\" />", StringComparison.Ordinal);

    public static string BrokenCondition => Valid().Replace(
        "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Talk\" targetRef=\"Accept\" />",
        """
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Talk" targetRef="Gw" />
        <bpmn:exclusiveGateway id="Gw" default="Flow_Default" />
        <bpmn:sequenceFlow id="Flow_Cond" sourceRef="Gw" targetRef="Accept"><bpmn:conditionExpression>vars.ok = </bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_Default" sourceRef="Gw" targetRef="End" />
        """,
        StringComparison.Ordinal);

    public static string FlowToNowhere => Valid().Replace("targetRef=\"End\"", "targetRef=\"Task_X\"", StringComparison.Ordinal);

    public static StringContent Xml(string xml, string mediaType = "application/xml") =>
        new(xml, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string xml, string mediaType = "application/xml") =>
        client.PostAsync("/api/workflows", Xml(xml, mediaType));
}
