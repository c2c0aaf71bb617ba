using CaseFlow.Workflows.Cases.Outreach;
using static CaseFlow.Workflows.Tests.Cases.OutreachScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class OutreachLifecycleTests
{
    [Fact]
    public void A_new_outreach_case_starts_in_draft_with_the_pap_as_main_and_referring_caseworker()
    {
        var scenario = new OutreachScenario();

        Assert.Equal(("outreach", "Draft", "pap.hoff", "pap.hoff"), (scenario.Case.Kind, scenario.Case.State, scenario.Case.MainCaseworker, scenario.Case.ReferringCaseworker));
        Assert.NotNull(scenario.Case.Outreach);
        Assert.Null(scenario.Case.Bfm);
    }

    [Fact]
    public void Hand_over_with_the_full_form_puts_the_case_in_the_queue_and_records_the_talk()
    {
        var scenario = new OutreachScenario();

        var outcome = scenario.Act(Pap, "hand-over", FullForm);

        Assert.Equal("Queued", scenario.Case.State);
        Assert.Equal(("AB-Auftrag-Fallübergabe", "VM-U25-aB", Start), (scenario.File.Form, scenario.File.Queue, scenario.File.HandoverTalkHeldAt));
        Assert.Null(scenario.File.Adviser);
        Assert.Equal("pap.hoff", scenario.Case.MainCaseworker);
        Assert.Equal(("hand-over", "Draft", "Queued"), (outcome.Journal.Action, outcome.Journal.FromState, outcome.Journal.ToState));
    }

    [Fact]
    public void Hand_over_with_the_single_task_form_names_the_adviser_and_skips_the_queue()
    {
        var scenario = new OutreachScenario();

        scenario.Act(Pap, "hand-over", """{"form":"ab-einzelauftrag","handoverTalkHeld":true,"adviser":"ab.roth"}""");

        Assert.Equal("SingleTask", scenario.Case.State);
        Assert.Equal(("AB-Einzelauftrag", "ab.roth"), (scenario.File.Form, scenario.File.Adviser));
        Assert.Null(scenario.File.Queue);
    }

    [Fact]
    public void Take_over_makes_the_outreach_adviser_main_caseworker_and_starts_activation()
    {
        var scenario = new OutreachScenario().Queued();
        scenario.Now = Start.AddDays(3);

        scenario.Act(Adviser, "take-over");

        Assert.Equal("Activation", scenario.Case.State);
        Assert.Equal(("ab.kaya", "pap.hoff"), (scenario.Case.MainCaseworker, scenario.Case.ReferringCaseworker));
        Assert.Equal(("ab.kaya", scenario.Now, scenario.Now), (scenario.File.TakenOverBy, scenario.File.TakenOverAt, scenario.File.ActivationStartedAt));
    }

    [Fact]
    public void Record_visit_is_internal_and_counts_the_visits_with_their_companions()
    {
        var scenario = new OutreachScenario().InActivation();

        scenario.Act(Adviser, "record-visit", """{"companions":["ab.roth"],"visitedOn":"2026-11-02"}""");
        scenario.Now = Start.AddDays(7);
        var outcome = scenario.Act(Adviser, "record-visit", """{"companions":["ab.kaya","Frau Glander"]}""");

        Assert.Equal(("Activation", "Activation"), (outcome.Journal.FromState, outcome.Journal.ToState));
        Assert.Equal(2, scenario.File.VisitCount);
        Assert.Equal(scenario.Today, scenario.File.LastVisitOn);
        Assert.Equal(["ab.kaya", "Frau Glander"], scenario.File.LastVisitCompanions);
    }

    [Fact]
    public void A_sanction_decision_is_recorded_together_with_the_handing_over_pap()
    {
        var scenario = new OutreachScenario().InActivation();

        scenario.Act(Adviser, "record-sanction-decision", """{"decision":"Keine Sanktion während der Aktivierung","agreedWithPap":true}""");

        Assert.Equal("Activation", scenario.Case.State);
        Assert.Equal((1, "Keine Sanktion während der Aktivierung", "pap.hoff"), (scenario.File.SanctionDecisionCount, scenario.File.LastSanctionDecision, scenario.File.SanctionAgreedWith));
        Assert.Equal(Start, scenario.File.LastSanctionDecisionAt);
    }

    [Fact]
    public void Activation_then_the_joint_meeting_return_the_customer_to_the_pap_with_a_follow_up()
    {
        var scenario = new OutreachScenario().AtJointMeeting();
        Assert.Equal("JointMeeting", scenario.Case.State);
        Assert.Equal(Start, scenario.File.ActivatedAt);
        scenario.Now = Start.AddMonths(2);

        var outcome = scenario.Act(Adviser, "hold-joint-meeting", """{"participants":["customer","pAp","aB-pAp"]}""");

        Assert.Equal("Returned", scenario.Case.State);
        Assert.Equal("pap.hoff", scenario.Case.MainCaseworker);
        Assert.Equal((scenario.Now, scenario.Now), (scenario.File.JointMeetingAt, scenario.File.ReturnedAt));
        Assert.Equal(["customer", "pAp", "aB-pAp"], scenario.File.JointMeetingParticipants);
        var followUp = Assert.Single(outcome.FollowUps);
        Assert.Equal(("pap.hoff", scenario.Now.AddDays(7)), (followUp.Assignee, followUp.DueAt));
        Assert.Contains("hold-joint-meeting", followUp.Reason);
        Assert.False(scenario.Lifecycle.IsOpen(scenario.Case));
    }

    [Fact]
    public void Return_early_records_the_reason_and_gives_the_case_back_to_the_pap()
    {
        var scenario = new OutreachScenario().InActivation();

        var outcome = scenario.Act(Adviser, "return-early", reason: "Mitwirkung nicht herstellbar");

        Assert.Equal(("Returned", "pap.hoff"), (scenario.Case.State, scenario.Case.MainCaseworker));
        Assert.Equal("Mitwirkung nicht herstellbar", scenario.File.ReturnReason);
        Assert.Equal("Mitwirkung nicht herstellbar", outcome.Journal.Reason);
        Assert.Equal("pap.hoff", Assert.Single(outcome.FollowUps).Assignee);
    }

    [Fact]
    public void Complete_task_closes_a_single_task_and_the_pap_gets_a_follow_up()
    {
        var scenario = new OutreachScenario().SingleTask();

        var outcome = scenario.Act(OtherAdviser, "complete-task");

        Assert.Equal(("Returned", "pap.hoff"), (scenario.Case.State, scenario.Case.MainCaseworker));
        Assert.Equal((Start, Start), (scenario.File.TaskCompletedAt, scenario.File.ReturnedAt));
        Assert.Single(outcome.FollowUps);
    }

    [Fact]
    public void Outreach_actions_publish_no_workflow_message()
    {
        var scenario = new OutreachScenario();

        var outcomes = new[] { scenario.Act(Pap, "hand-over", FullForm), scenario.Act(Adviser, "take-over"), scenario.Act(Adviser, "return-early", reason: "Umzug") };

        Assert.All(outcomes, outcome => Assert.Null(outcome.PublishedMessage));
        Assert.All(scenario.Lifecycle.Actions, action => Assert.Null(scenario.Lifecycle.MessageOf(action)));
    }

    [Fact]
    public void The_diagram_shows_the_two_ways_of_handing_over_with_their_guards()
    {
        var scenario = new OutreachScenario().Queued();

        var diagram = scenario.Lifecycle.Diagram(scenario.Case);

        Assert.Contains("Draft --> Queued : hand-over [ageLimit, handoverTalk, fullHandoverForm]", diagram);
        Assert.Contains("Draft --> SingleTask : hand-over [ageLimit, handoverTalk, singleTaskForm]", diagram);
        Assert.Contains("Activation --> Activation : record-visit [activationPeriod, secondStaffMember, visitedOn] (intern)", diagram);
        Assert.Contains("class Queued current", diagram);
        Assert.Equal(Enum.GetValues<OutreachState>().Length, scenario.Lifecycle.Machine.States.Count);
    }
}
