using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class UnsupportedElementTests
{
    [Theory]
    [InlineData("subProcess")]
    [InlineData("scriptTask")]
    [InlineData("inclusiveGateway")]
    [InlineData("callActivity")]
    [InlineData("task")]
    public void An_unsupported_element_is_refused_with_its_id_and_bpmn_name(string localName)
    {
        var result = Read(Around("Odd_1", $"""<bpmn:{localName} id="Odd_1" />"""));

        AssertProblem(result, "Odd_1", $"unsupported element: {localName}");
        Assert.Single(result.Problems);
    }

    [Fact]
    public void A_signal_event_is_refused_at_the_event_that_holds_it()
    {
        var result = Read(Around("Catch", """<bpmn:intermediateCatchEvent id="Catch"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>"""));

        AssertProblem(result, "Catch", "signalEventDefinition", "Signale");
    }

    [Fact]
    public void Multi_instance_tasks_are_refused()
    {
        var task = """<bpmn:userTask id="Task" cf:candidateRole="FM"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>""";

        AssertProblem(Read(Around("Task", task)), "Task", "multi-instance");
    }

    [Fact]
    public void Message_flows_between_pools_are_refused()
    {
        var collaboration = """
            <bpmn:collaboration id="Collab">
              <bpmn:participant id="P1" processRef="test-flow" />
              <bpmn:messageFlow id="MessageFlow_1" sourceRef="P1" targetRef="P1" />
            </bpmn:collaboration>
            """;

        AssertProblem(Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""", outside: collaboration)), "MessageFlow_1", "messageFlow");
    }

    [Fact]
    public void A_second_participant_is_refused()
    {
        var collaboration = """
            <bpmn:collaboration id="Collab">
              <bpmn:participant id="P1" processRef="test-flow" />
              <bpmn:participant id="P2" name="Träger" />
            </bpmn:collaboration>
            """;

        AssertProblem(Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""", outside: collaboration)), "P2", "participants");
    }

    [Fact]
    public void A_misspelt_caseflow_attribute_is_refused_with_the_allowed_ones()
    {
        var result = Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" cf:dueInn="P5D" />"""));

        AssertProblem(result, "Task", "cf:dueInn", "unknown attribute", "cf:dueIn");
    }

    [Fact]
    public void Diagram_interchange_documentation_and_annotations_are_ignored()
    {
        var model = ReadValid(Around(
            "Task",
            """
            <bpmn:userTask id="Task" cf:candidateRole="FM"><bpmn:documentation>Hinweis</bpmn:documentation>
              <bpmn:extensionElements><camunda:properties xmlns:camunda="http://camunda.org/schema/1.0/bpmn" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:textAnnotation id="Note"><bpmn:text>Notiz</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="Assoc" sourceRef="Task" targetRef="Note" />
            """));

        Assert.Equal(3, model.Nodes.Count);
    }
}
