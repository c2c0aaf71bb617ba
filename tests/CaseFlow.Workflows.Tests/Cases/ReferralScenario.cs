using System.Text.Json;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.StateMachines;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>Builds a referral case to a provider in any state by driving the real actions (as fm.schulz).</summary>
internal sealed class ReferralScenario
{
    public static readonly DateTime Start = BfmScenario.Start;

    public const string ReferData = """{"provider":"Schuldnerberatung Caritas","targetGroup":"wohnungslose","voluntary":true}""";

    public ReferralScenario(ReferralRuleSet? rules = null)
    {
        Lifecycle = new ReferralLifecycle(EffectiveRules<ReferralRuleSet>.Single(rules ?? new ReferralRuleSet()));
        Customer = new Customer { CustomerNumber = "K16A", BirthDate = new DateOnly(1980, 2, 1), ResponsibleCaseworker = BfmScenario.Ifk.UserName };
        Case = Lifecycle.Open(Customer, BfmScenario.Fm, Now);
    }

    public ReferralLifecycle Lifecycle { get; }

    public Customer Customer { get; }

    public Case Case { get; }

    public ReferralDetails File => Case.Referral!;

    public DateTime Now { get; set; } = Start;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public ActionOutcome Act(string action, string? data = null, string? reason = null) => Act(BfmScenario.Fm, action, data, reason);

    public ActionOutcome Act(Access.Actor actor, string action, string? data = null, string? reason = null) =>
        Lifecycle.Perform(new CaseScene(Case, Customer, actor, Now), action, BfmScenario.Input(data, reason));

    public ReferralScenario AwaitingProvider()
    {
        Act("refer", ReferData);
        return this;
    }

    public ReferralScenario Active()
    {
        AwaitingProvider();
        Act("provider-confirm");
        return this;
    }

    /// <summary>The refusal of the action; checks that it changed nothing.</summary>
    public TriggerRefusedException Refused(string action, string? data = null, string? reason = null)
    {
        var before = Snapshot();
        var error = Assert.Throws<TriggerRefusedException>(() => Act(action, data, reason));
        Assert.Equal(before, Snapshot());
        return error;
    }

    public string Snapshot() => JsonSerializer.Serialize(new { Case.State, Case.MainCaseworker, Case.SecondaryCaseworker, Case.Referral });
}
