using CaseFlow.Workflows.Bpmn;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class DueDateTimerTests
{
    private static string Review(string timer) =>
        Around(
            "Task",
            $"""
            <bpmn:userTask id="Task" cf:candidateRole="FM" />
            <bpmn:boundaryEvent id="Review" attachedToRef="Task" cancelActivity="false">{timer}</bpmn:boundaryEvent>
            {Flow("Flow_Review", "Review", "End")}
            """);

    [Fact]
    public void A_timer_with_a_due_date_expression_is_read_with_its_expression()
    {
        var model = ReadValid(Review("""<bpmn:timerEventDefinition cf:dueDate="case.bfm.nextReviewDue" />"""));

        var timer = Assert.IsType<BoundaryEvent>(model.Node("Review")).Timer!;
        Assert.Equal("case.bfm.nextReviewDue", timer.DueDate!.Text);
        Assert.False(timer.IsCycle);
    }

    [Fact]
    public void A_due_date_expression_that_gives_a_date_is_accepted()
    {
        var model = ReadValid(Review("""<bpmn:timerEventDefinition cf:dueDate="date(case.bfm.nextReviewDue) - duration('P7D')" />"""));

        Assert.NotNull(Assert.IsType<BoundaryEvent>(model.Node("Review")).Timer!.DueDate);
    }

    [Theory]
    [InlineData("1 + 2", "kein Datum")]
    [InlineData("'morgen'", "kein Datum")]
    [InlineData("case.bfm.(", "invalid expression")]
    public void A_due_date_expression_that_is_no_date_is_refused_at_the_timer(string expression, string fragment)
    {
        AssertProblem(Read(Review($"""<bpmn:timerEventDefinition cf:dueDate="{expression}" />""")), "Review", "cf:dueDate", fragment);
    }

    [Fact]
    public void A_due_date_next_to_a_duration_is_refused_as_two_clocks()
    {
        var timer = """<bpmn:timerEventDefinition cf:dueDate="case.bfm.nextReviewDue"><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>""";

        AssertProblem(Read(Review(timer)), "Review", "two clocks");
    }

    [Fact]
    public void A_due_date_from_acceptance_plus_a_rule_value_is_read_as_a_date()
    {
        var model = ReadValid(Review("""<bpmn:timerEventDefinition cf:dueDate="date(case.bfm.acceptedAt) + rules.bfm.maxDuration" />"""));

        var dueDate = Assert.IsType<BoundaryEvent>(model.Node("Review")).Timer!.DueDate!;
        Assert.Equal(CaseFlow.Workflows.Expressions.ExpressionType.Date, dueDate.Type);
        Assert.Contains("rules", dueDate.Roots);
    }

    [Fact]
    public void A_due_date_reading_an_unknown_rule_value_is_refused_at_the_timer()
    {
        var timer = """<bpmn:timerEventDefinition cf:dueDate="date(case.bfm.acceptedAt) + rules.bfm.maxYears" />""";

        AssertProblem(Read(Review(timer)), "Review", "cf:dueDate", "rules.bfm.maxYears", "unknown rule value");
    }
}
