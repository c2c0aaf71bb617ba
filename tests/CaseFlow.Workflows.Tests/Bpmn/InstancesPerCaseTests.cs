using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class InstancesPerCaseTests
{
    private static string Task(string processAttributes = "") =>
        Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""", processAttributes);

    [Fact]
    public void A_process_runs_once_per_case_unless_it_says_many()
    {
        Assert.False(ReadValid(Task()).ManyInstancesPerCase);
        Assert.False(ReadValid(Task("""cf:instancesPerCase="one" """)).ManyInstancesPerCase);
        Assert.True(ReadValid(Task("""cf:instancesPerCase="many" """)).ManyInstancesPerCase);
    }

    [Fact]
    public void Another_value_for_instances_per_case_is_refused()
    {
        AssertProblem(Read(Task("""cf:instancesPerCase="twice" """)), "test-flow", "cf:instancesPerCase", "'one' oder 'many'", "'twice'");
    }
}
