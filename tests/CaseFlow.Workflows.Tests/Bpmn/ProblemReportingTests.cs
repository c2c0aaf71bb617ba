using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class ProblemReportingTests
{
    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var xml = Definitions(
            $"""
            <bpmn:startEvent id="Start" />
            <bpmn:exclusiveGateway id="Gw" default="Flow_B" />
            <bpmn:userTask id="A" />
            <bpmn:serviceTask id="B" cf:action="teleport" />
            <bpmn:scriptTask id="Script" />
            <bpmn:endEvent id="End" />
            {Flow("Flow_In", "Start", "Gw")}
            {Flow("Flow_A", "Gw", "A", "vars.x = = 1")}
            {Flow("Flow_B", "Gw", "B")}
            {Flow("Flow_A_End", "A", "End")}
            {Flow("Flow_B_End", "B", "Nowhere")}
            """);

        var result = Read(xml);

        AssertProblem(result, "A", "no candidate role");
        AssertProblem(result, "B", "unknown cf:action");
        AssertProblem(result, "Script", "unsupported element");
        AssertProblem(result, "Flow_A", "invalid condition");
        AssertProblem(result, "Flow_B_End", "dangling flow");
        Assert.Equal(5, result.Problems.Count);
    }

    [Fact]
    public void Messages_name_the_german_term_and_the_english_one()
    {
        var result = Read(Around("Task", """<bpmn:userTask id="Task" />"""));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Task", problem.ElementId);
        Assert.StartsWith("Benutzeraufgabe (userTask) 'Task' hat keine Rolle (no candidate role)", problem.Message);
    }
}
