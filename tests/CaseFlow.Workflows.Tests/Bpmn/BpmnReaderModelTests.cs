using System.Text;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class BpmnReaderModelTests
{
    private readonly WorkflowModel model = ReadValid(CompleteWorkflow.Xml);

    [Fact]
    public void A_file_with_every_element_kind_becomes_a_model_with_key_name_case_kind_and_every_node()
    {
        Assert.Equal("complete-flow", model.Key);
        Assert.Equal("Alles drin", model.Name);
        Assert.Equal("bfm", model.CaseKind);
        Assert.Equal(28, model.Nodes.Count);
        Assert.Equal(27, model.Flows.Count);
        Assert.Equal("Start", model.NoneStart!.Id);
        Assert.Equal(["Flow_1", "Flow_Recheck"], model.Node("Task_Check").Incoming);
    }

    [Fact]
    public void User_tasks_take_their_lane_role_unless_they_name_their_own_candidate_role()
    {
        var check = Assert.IsType<UserTask>(model.Node("Task_Check"));
        Assert.Equal("IFK", check.CandidateRole);
        Assert.Equal("IFK", check.LaneRole);
        Assert.Equal("case.referringCaseworker", check.Assignee!.Text);
        Assert.Equal(IsoDuration.Parse("P5D"), check.DueIn);
        Assert.Equal("bfm-check", check.FormKey);

        var escalate = Assert.IsType<UserTask>(model.Node("Task_Escalate"));
        Assert.Equal("FMSupervisor", escalate.CandidateRole);
        Assert.Equal("FM", escalate.LaneRole);
        Assert.Equal("FM", Assert.IsType<UserTask>(model.Node("Task_Intake")).CandidateRole);
        Assert.Equal("queue:VM-U25-aB", Assert.IsType<UserTask>(model.Node("Task_Queue")).CandidateRole);
        Assert.Equal(
            [("Lane_Ifk", "IFK"), ("Lane_Fm", "FM"), ("Lane_Queue", "queue:VM-U25-aB")],
            model.Lanes.Select(l => (l.Id, l.Role!)));
        Assert.Contains("Task_Check", model.Lanes[0].NodeIds);
    }

    [Fact]
    public void An_exclusive_gateway_keeps_its_default_flow_and_the_conditions_of_the_others_in_document_order()
    {
        var gateway = Assert.IsType<Gateway>(model.Node("Gw_Decide"));
        Assert.Equal(GatewayKind.Exclusive, gateway.Kind);
        Assert.Equal("Flow_No", gateway.DefaultFlow);
        Assert.Equal(["Flow_Yes", "Flow_No"], gateway.Outgoing);
        Assert.Equal("vars.accepted = true", model.Flows["Flow_Yes"].Condition!.Text);
        Assert.Null(model.Flows["Flow_No"].Condition);
        Assert.Equal("ja", model.Flows["Flow_Yes"].Name);
        Assert.Equal(GatewayKind.Parallel, Assert.IsType<Gateway>(model.Node("Fork")).Kind);
        Assert.Equal(GatewayKind.EventBased, Assert.IsType<Gateway>(model.Node("Gw_Wait")).Kind);
    }

    [Fact]
    public void Boundary_timers_are_interrupting_unless_cancel_activity_is_false_and_cycles_keep_their_count()
    {
        var escalate = Assert.IsType<BoundaryEvent>(model.Node("Boundary_Escalate"));
        Assert.True(escalate.CancelActivity);
        Assert.Equal("Task_Intake", escalate.AttachedTo);
        Assert.Equal(new TimerDefinition(IsoDuration.Parse("P2Y"), false, null), escalate.Timer);

        var remind = Assert.IsType<BoundaryEvent>(model.Node("Boundary_Remind"));
        Assert.False(remind.CancelActivity);
        Assert.Equal(new TimerDefinition(IsoDuration.Parse("P1M"), true, null), remind.Timer);

        var weekly = Assert.IsType<BoundaryEvent>(model.Node("Boundary_Weekly"));
        Assert.Equal(new TimerDefinition(IsoDuration.Parse("P1W"), true, 3), weekly.Timer);
        Assert.Equal(["Boundary_Remind", "Boundary_Escalate"], model.BoundariesOf("Task_Intake").Select(b => b.Id));
    }

    [Fact]
    public void Messages_correlate_by_case_id_unless_they_name_their_own_key()
    {
        var sent = Assert.IsType<SendTask>(model.Node("Send_Handover")).Message;
        Assert.Equal(("Msg_Handover", "HandoverRequested", "case.id"), (sent.Id, sent.Name, sent.CorrelationKey.Text));
        var confirmed = Assert.IsType<IntermediateCatchEvent>(model.Node("Catch_Confirmed"));
        Assert.Equal(("HandoverConfirmed", "vars.handoverId"), (confirmed.Message!.Name, confirmed.Message.CorrelationKey.Text));
        Assert.Null(confirmed.Timer);
        Assert.Equal("ProviderReportReceived", Assert.IsType<ReceiveTask>(model.Node("Receive_Report")).Message.Name);
        Assert.Equal("RecheckRequested", Assert.IsType<StartEvent>(model.Node("Start_Recheck")).Message!.Name);
        Assert.Equal(IsoDuration.Parse("P14D"), Assert.IsType<IntermediateCatchEvent>(model.Node("Catch_Timeout")).Timer!.Duration);
    }

    [Fact]
    public void Service_tasks_carry_their_action_and_attributes_and_follow_ups_are_due_in_seven_days_by_default()
    {
        var fire = Assert.IsType<ServiceTask>(model.Node("Fire_Reject"));
        Assert.Equal((ServiceAction.CaseFire, "reject", "'Zugang nicht gegeben'"), (fire.Action, fire.Trigger, fire.Reason!.Text));
        var notify = Assert.IsType<ServiceTask>(model.Node("Notify_Remind"));
        Assert.Equal((ServiceAction.Notify, "case.mainCaseworker", "Erstgespräch steht aus"), (notify.Action, notify.Assignee!.Text, notify.Text));
        var publish = Assert.IsType<ServiceTask>(model.Node("Publish_Report"));
        Assert.Equal((ServiceAction.Publish, "ProviderReportReceived"), (publish.Action, publish.Message!.Name));
        var followUp = Assert.IsType<ServiceTask>(model.Node("FollowUp_Ifk"));
        Assert.Equal((ServiceAction.FollowUp, IsoDuration.Parse("P7D")), (followUp.Action, followUp.DueIn));
        Assert.True(Assert.IsType<EndEvent>(model.Node("End_Rejected")).Terminate);
        Assert.False(Assert.IsType<EndEvent>(model.Node("End_Done")).Terminate);
    }

    [Fact]
    public void A_stream_reads_like_a_string()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(CompleteWorkflow.Xml));

        var result = BpmnReader.Read(stream, Options);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(model.Nodes.Keys, result.Model!.Nodes.Keys);
    }

    [Fact]
    public void Without_case_kinds_in_the_options_any_trigger_is_accepted()
    {
        var xml = Around("Fire", """<bpmn:serviceTask id="Fire" cf:action="case.fire" cf:trigger="whatever" />""");

        var result = BpmnReader.Read(xml);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("whatever", Assert.IsType<ServiceTask>(result.Model!.Node("Fire")).Trigger);
    }
}
