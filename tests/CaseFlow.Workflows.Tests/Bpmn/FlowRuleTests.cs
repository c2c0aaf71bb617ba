using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class FlowRuleTests
{
    private const string Task = """<bpmn:userTask id="Task" cf:candidateRole="FM" />""";

    [Fact]
    public void A_flow_to_nowhere_is_refused_naming_the_flow_and_the_missing_target()
    {
        var result = Read(Around("Task", Task + Flow("Flow_3", "Task", "Task_X")));

        var problem = AssertProblem(result, "Flow_3", "dangling flow", "'Task_X'");
        Assert.Equal("Sequenzfluss 'Flow_3' führt zu einem Element, das es nicht gibt (dangling flow): 'Task_X'.", problem.Message);
    }

    [Fact]
    public void A_flow_from_nowhere_and_a_flow_without_target_are_refused()
    {
        var result = Read(Around("Task", Task + Flow("Flow_3", "Ghost", "Task") + """<bpmn:sequenceFlow id="Flow_4" sourceRef="Task" />"""));

        AssertProblem(result, "Flow_3", "beginnt an", "'Ghost'");
        AssertProblem(result, "Flow_4", "targetRef");
    }

    [Fact]
    public void A_task_without_outgoing_flow_is_refused()
    {
        var xml = Definitions($"""<bpmn:startEvent id="Start" />{Task}{Flow("Flow_1", "Start", "Task")}""");

        AssertProblem(Read(xml), "Task", "no outgoing flow");
    }

    [Fact]
    public void Start_events_take_no_incoming_and_end_events_no_outgoing_flows()
    {
        var result = Read(Around("Task", Task + Flow("Flow_Back", "End", "Start")));

        AssertProblem(result, "Start", "incoming flow");
        AssertProblem(result, "End", "outgoing flow");
    }

    [Fact]
    public void A_node_no_start_event_leads_to_is_refused_as_unreachable()
    {
        var xml = Around("Task", Task + """<bpmn:userTask id="Island" cf:candidateRole="FM" />""" + Flow("Flow_Island", "Island", "End"));

        AssertProblem(Read(xml), "Island", "unreachable");
    }

    [Fact]
    public void A_process_without_start_event_is_refused()
    {
        AssertProblem(Read(Definitions("""<bpmn:endEvent id="End" />""")), "test-flow", "no start event");
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var result = Read(Around("Task", Task + """<bpmn:userTask id="Task" cf:candidateRole="IFK" />"""));

        AssertProblem(result, "Task", "duplicate id");
    }

    [Theory]
    [InlineData("Test-Flow")]
    [InlineData("1flow")]
    [InlineData("a")]
    [InlineData("flow_1")]
    public void A_process_id_that_is_no_usable_workflow_key_is_refused(string key)
    {
        var xml = Definitions($"""<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />{Flow("F", "Start", "End")}""", key: key);

        AssertProblem(Read(xml), key, "workflow key");
    }

    [Fact]
    public void Two_none_start_events_are_refused()
    {
        var xml = Around("Task", Task + """<bpmn:startEvent id="Start_2" />""" + Flow("Flow_2", "Start_2", "Task"));

        AssertProblem(Read(xml), "Start_2", "none start event");
    }
}
