using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class TimerAndBoundaryTests
{
    private static string Wait(string timer) =>
        Around("Wait", $"""<bpmn:intermediateCatchEvent id="Wait">{timer}</bpmn:intermediateCatchEvent>""");

    /// <summary>Start -> Task (with the boundary event) -> End; the boundary leads to End as well.</summary>
    private static string WithBoundary(string boundaryAttributes, string timer, string task = """<bpmn:userTask id="Task" cf:candidateRole="FM" />""") =>
        Around(
            "Task",
            $"""
            {task}
            <bpmn:boundaryEvent id="Timer" {boundaryAttributes}>{timer}</bpmn:boundaryEvent>
            {Flow("Flow_Timer", "Timer", "End")}
            """);

    [Theory]
    [InlineData("timeDuration", "6 Monate", "invalid duration")]
    [InlineData("timeDuration", "P0D", "zero duration")]
    [InlineData("timeDuration", "", "invalid duration")]
    [InlineData("timeCycle", "R/P", "invalid duration")]
    [InlineData("timeCycle", "P3M", "R/P3M")]
    [InlineData("timeCycle", "R0/P3M", "mindestens 1")]
    [InlineData("timeCycle", "R3/2026-01-01T00:00:00Z/P1D", "R4/P3M")]
    [InlineData("timeDate", "2026-12-24T10:00:00Z", "timeDate")]
    [InlineData("timeDuration", "P9999Y", "duration too long")]
    [InlineData("timeDuration", "P11Y", "höchstens 10 Jahre")]
    [InlineData("timeDuration", "P99999M", "duration too long")]
    [InlineData("timeDuration", "P999999D", "duration too long")]
    [InlineData("timeDuration", "PT999999H", "duration too long")]
    [InlineData("timeCycle", "R/P9999Y", "duration too long")]
    public void A_bad_timer_is_refused_at_its_event(string kind, string value, string fragment)
    {
        AssertProblem(Read(Wait(Timer(kind, value))), "Wait", fragment);
    }

    [Fact]
    public void A_timer_needs_exactly_one_of_duration_cycle_or_date()
    {
        var timer = """<bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>""";

        AssertProblem(Read(Wait(timer)), "Wait", "genau eine Angabe");
        AssertProblem(Read(Wait("<bpmn:timerEventDefinition />")), "Wait", "genau eine Angabe");
    }

    [Fact]
    public void A_catch_event_without_timer_or_message_is_refused()
    {
        AssertProblem(Read(Wait("")), "Wait", "timerEventDefinition", "messageEventDefinition");
    }

    [Fact]
    public void A_cycle_on_an_interrupting_boundary_event_is_refused()
    {
        AssertProblem(Read(WithBoundary("""attachedToRef="Task" """, Timer("timeCycle", "R/P1M"))), "Timer", "cancelActivity=\"false\"");
    }

    [Fact]
    public void A_cycle_on_a_non_interrupting_boundary_event_is_accepted()
    {
        var model = ReadValid(WithBoundary("""attachedToRef="Task" cancelActivity="false" """, Timer("timeCycle", "R/P1M")));

        Assert.True(Assert.IsType<CaseFlow.Workflows.Bpmn.BoundaryEvent>(model.Node("Timer")).Timer!.IsCycle);
    }

    [Fact]
    public void A_boundary_event_on_a_service_task_is_refused()
    {
        var task = """<bpmn:serviceTask id="Task" cf:action="notify" cf:assignee="case.mainCaseworker" cf:text="Hallo" />""";

        AssertProblem(Read(WithBoundary("""attachedToRef="Task" """, Timer("timeDuration", "P1D"), task)), "Timer", "userTask", "receiveTask");
    }

    [Fact]
    public void A_boundary_event_on_a_missing_task_is_refused()
    {
        AssertProblem(Read(WithBoundary("""attachedToRef="Nope" """, Timer("timeDuration", "P1D"))), "Timer", "'Nope'");
    }

    [Fact]
    public void A_message_boundary_event_is_read_with_its_message_and_needs_one_the_file_defines()
    {
        var xml = WithBoundary("""attachedToRef="Task" cancelActivity="false" """, """<bpmn:messageEventDefinition messageRef="M" />""");
        var withMessage = xml.Replace("</bpmn:definitions>", """<bpmn:message id="M" name="case.exit" /></bpmn:definitions>""", StringComparison.Ordinal);

        var boundary = Assert.IsType<CaseFlow.Workflows.Bpmn.BoundaryEvent>(ReadValid(withMessage).Node("Timer"));

        Assert.Equal(("case.exit", false), (boundary.Message!.Name, boundary.CancelActivity));
        Assert.Null(boundary.Timer);
        AssertProblem(Read(xml), "Timer", "'M'", "unknown messageRef");
    }

    [Fact]
    public void A_boundary_event_without_outgoing_flow_is_refused()
    {
        var xml = WithBoundary("""attachedToRef="Task" """, Timer("timeDuration", "P1D")).Replace(Flow("Flow_Timer", "Timer", "End"), "", StringComparison.Ordinal);

        AssertProblem(Read(xml), "Timer", "no outgoing flow");
    }

    [Fact]
    public void A_cancel_activity_that_is_not_a_boolean_is_refused()
    {
        AssertProblem(Read(WithBoundary("""attachedToRef="Task" cancelActivity="nein" """, Timer("timeDuration", "P1D"))), "Timer", "cancelActivity");
    }
}
