using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class TaskRuleTests
{
    private static string Service(string attributes, string processAttributes = "", string outside = "") =>
        Around("Task", $"""<bpmn:serviceTask id="Task" {attributes} />""", processAttributes, outside);

    private static string InLane(string role, string task) => Definitions(
        $"""
        <bpmn:laneSet id="Lanes">
          <bpmn:lane id="Lane_1" cf:role="{role}"><bpmn:flowNodeRef>Task</bpmn:flowNodeRef></bpmn:lane>
        </bpmn:laneSet>
        <bpmn:startEvent id="Start" />
        {task}
        <bpmn:endEvent id="End" />
        {Flow("Flow_In", "Start", "Task")}
        {Flow("Flow_Out", "Task", "End")}
        """);

    [Fact]
    public void An_unknown_service_action_is_refused_with_the_allowed_ones()
    {
        AssertProblem(Read(Service("""cf:action="sendMail" """)), "Task", "unknown cf:action", "'sendMail'", "case.fire, followUp, notify, publish");
        AssertProblem(Read(Service("")), "Task", "missing cf:action");
    }

    [Fact]
    public void A_trigger_the_case_kind_does_not_know_is_refused_with_the_available_actions()
    {
        var xml = Service("""cf:action="case.fire" cf:trigger="provider-confirm" """, """cf:caseKind="bfm" """);

        AssertProblem(Read(xml), "Task", "unknown trigger", "'provider-confirm'", "'bfm'", "refer, accept, reject, exit");
    }

    [Fact]
    public void A_trigger_of_no_case_kind_is_refused_when_the_process_names_none()
    {
        AssertProblem(Read(Service("""cf:action="case.fire" cf:trigger="fly" """)), "Task", "unknown trigger", "cf:caseKind");
        ReadValid(Service("""cf:action="case.fire" cf:trigger="provider-confirm" """));
    }

    [Fact]
    public void An_unknown_case_kind_is_refused()
    {
        AssertProblem(Read(Service("""cf:action="case.fire" cf:trigger="refer" """, """cf:caseKind="pension" """)), "test-flow", "unknown cf:caseKind", "bfm, referral");
    }

    [Fact]
    public void Each_action_needs_its_attributes_and_takes_no_others()
    {
        AssertProblem(Read(Service("""cf:action="followUp" cf:assignee="case.mainCaseworker" """)), "Task", "cf:text", "missing attribute");
        AssertProblem(Read(Service("""cf:action="case.fire" """)), "Task", "cf:trigger", "missing attribute");
        AssertProblem(Read(Service("""cf:action="notify" cf:assignee="case.mainCaseworker" cf:text="Hallo" cf:trigger="accept" """)), "Task", "cf:trigger", "not used by this action");
    }

    [Fact]
    public void Publish_needs_a_message_the_file_defines()
    {
        AssertProblem(Read(Service("""cf:action="publish" cf:message="Msg_Missing" """)), "Task", "'Msg_Missing'", "unknown cf:message");
    }

    [Fact]
    public void A_user_task_without_own_or_lane_role_is_refused()
    {
        AssertProblem(Read(Around("Task", """<bpmn:userTask id="Task" name="Prüfen" />""")), "Task", "no candidate role");
    }

    [Fact]
    public void A_user_task_in_the_provider_lane_or_for_the_provider_role_is_refused()
    {
        AssertProblem(Read(InLane("Provider", """<bpmn:userTask id="Task" />""")), "Task", "Provider", "receiveTask");
        AssertProblem(Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="Provider" />""")), "Task", "Provider");
    }

    [Fact]
    public void Unknown_roles_in_lanes_and_tasks_are_refused_but_queues_are_fine()
    {
        AssertProblem(Read(InLane("Clerk", """<bpmn:userTask id="Task" />""")), "Lane_1", "unknown cf:role", "'Clerk'");
        AssertProblem(Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="queue:" />""")), "Task", "unknown cf:candidateRole");
        Assert.Equal("queue:VM-U25-aB", Assert.IsType<CaseFlow.Workflows.Bpmn.UserTask>(
            ReadValid(InLane("queue:VM-U25-aB", """<bpmn:userTask id="Task" />""")).Node("Task")).CandidateRole);
    }

    [Fact]
    public void A_user_task_assignee_that_does_not_parse_and_a_bad_due_time_are_refused()
    {
        var result = Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" cf:assignee="case." cf:dueIn="5 Tage" />"""));

        AssertProblem(result, "Task", "invalid expression", "cf:assignee", "'case.'");
        AssertProblem(result, "Task", "cf:dueIn", "'5 Tage'");
    }

    [Fact]
    public void Send_and_receive_tasks_need_a_known_message()
    {
        AssertProblem(Read(Around("Task", """<bpmn:sendTask id="Task" />""")), "Task", "messageRef fehlt");
        AssertProblem(Read(Around("Task", """<bpmn:receiveTask id="Task" messageRef="Nope" />""")), "Task", "'Nope'", "unknown messageRef");
    }

    [Fact]
    public void A_message_needs_a_name_and_a_correlation_key_that_parses()
    {
        var messages = """<bpmn:message id="Msg_1" /><bpmn:message id="Msg_2" name="Done" cf:correlationKey="vars.(" />""";

        var result = Read(Around("Task", """<bpmn:receiveTask id="Task" messageRef="Msg_2" />""", outside: messages));

        AssertProblem(result, "Msg_1", "keinen Namen");
        AssertProblem(result, "Msg_2", "cf:correlationKey", "invalid expression");
    }

    [Fact]
    public void A_due_date_further_than_ten_years_is_refused_and_ten_years_is_accepted()
    {
        var tooFar = Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" cf:dueIn="P9999Y" />"""));
        var tenYears = Read(Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" cf:dueIn="P10Y" />"""));

        AssertProblem(tooFar, "Task", "cf:dueIn", "duration too long", "P10Y");
        Assert.True(tenYears.IsValid);
    }
}
