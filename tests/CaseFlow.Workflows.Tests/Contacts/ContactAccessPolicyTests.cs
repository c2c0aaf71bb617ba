using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Tests.Cases;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Contacts;

/// <summary>Who records and reads contacts around a bFM case: the IFK always, the FM and her deputy only while the case is in case management.</summary>
public sealed class ContactAccessPolicyTests
{
    private static readonly Actor Provider = new("sucht-mitte", new HashSet<string> { Roles.Provider }, new HashSet<string>());

    [Fact]
    public void While_the_case_waits_for_intake_only_the_responsible_ifk_records_and_the_fm_neither_records_nor_reads()
    {
        var scenario = new BfmScenario().Eligible().Referred();

        Assert.True(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], Ifk));
        Assert.False(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], Fm));
        Assert.False(ContactAccessPolicy.CanRead(scenario.Customer, [scenario.Case], Fm));
    }

    [Fact]
    public void In_steering_the_fm_and_her_deputy_record_another_fm_does_not_and_the_supervisor_only_reads()
    {
        var scenario = new BfmScenario().Eligible().Steering();
        Actor[] recorders = [Fm, Deputy];

        Assert.All(recorders, actor => Assert.True(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], actor)));
        Assert.False(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], OtherFm));
        Assert.False(ContactAccessPolicy.CanRead(scenario.Customer, [scenario.Case], OtherFm));
        Assert.False(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], Supervisor));
        Assert.True(ContactAccessPolicy.CanRead(scenario.Customer, [scenario.Case], Supervisor));
    }

    [Fact]
    public void After_the_exit_the_fm_no_longer_records_contacts()
    {
        var scenario = new BfmScenario().Eligible().Steering();
        scenario.Act(Fm, "exit", data: """{"finalProfile":"AP","closingPlan":"Nachbetreuung durch die IFK"}""", reason: "GoalReached");

        Assert.False(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], Fm));
        Assert.True(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], Ifk));
    }

    [Fact]
    public void A_provider_never_records_or_reads_even_with_the_responsible_caseworkers_name()
    {
        var scenario = new BfmScenario().Eligible().Steering();
        var posing = Provider with { UserName = scenario.Customer.ResponsibleCaseworker };

        Assert.False(ContactAccessPolicy.CanRecord(scenario.Customer, [scenario.Case], posing));
        Assert.False(ContactAccessPolicy.CanRead(scenario.Customer, [scenario.Case], posing));
    }
}
