using System.Text.Json;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>Builds a referral case to a provider in any state by driving the real actions (as fm.schulz).</summary>
internal sealed class ReferralScenario
{
    public static readonly DateTime Start = BfmScenario.Start;

    public const string ReferData = """{"provider":"caritas","targetGroup":"wohnungslose","voluntary":true,"consentedFields":["customerNumber","targetGroup"]}""";

    /// <summary>Registered providers: <c>caritas</c> and <c>traeger-x</c> take every target group, <c>sucht</c> only addicts; their agreements follow <paramref name="rules"/>.</summary>
    public ReferralScenario(ReferralRuleSet? rules = null, ProviderCatalog? providers = null)
    {
        rules ??= new ReferralRuleSet();
        Lifecycle = new ReferralLifecycle(EffectiveRules<ReferralRuleSet>.Single(rules));
        Providers = providers ?? new ProviderCatalog(
        [
            Provider("caritas", "Schuldnerberatung Caritas", ProviderKinds.DebtCounselling, [], rules),
            Provider("sucht", "Suchtberatung", ProviderKinds.AddictionCounselling, ["Suchtkranke"], rules),
            Provider("traeger-x", "Träger X", ProviderKinds.Employment, [], rules),
        ]);
        Customer = new Customer { CustomerNumber = "K16A", BirthDate = new DateOnly(1980, 2, 1), ResponsibleCaseworker = BfmScenario.Ifk.UserName };
        Case = Lifecycle.Open(Customer, BfmScenario.Fm, Now, Berlin.Calendar);
    }

    public ReferralLifecycle Lifecycle { get; }

    public ProviderCatalog Providers { get; }

    public Customer Customer { get; }

    public Case Case { get; }

    public ReferralDetails File => Case.Referral!;

    public DateTime Now { get; set; } = Start;

    public DateOnly Today => Berlin.Calendar.DateOf(Now);

    public ActionOutcome Act(string action, string? data = null, string? reason = null) => Act(BfmScenario.Fm, action, data, reason);

    public ActionOutcome Act(Access.Actor actor, string action, string? data = null, string? reason = null) =>
        Lifecycle.Perform(Scene(actor), action, BfmScenario.Input(data, reason));

    public CaseScene Scene(Access.Actor actor) => new(Case, Customer, actor, Now, Berlin.Calendar) { Providers = Providers };

    public static ProviderTerms Provider(string key, string name, string kind, IReadOnlyList<string> targetGroups, ReferralRuleSet rules, bool active = true) =>
        new(key, name, kind, targetGroups, active, rules.ReportIntervalDays, rules.ConferenceIntervalMonths, SharedFields.All);

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
