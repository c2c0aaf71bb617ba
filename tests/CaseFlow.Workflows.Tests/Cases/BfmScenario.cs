using System.Text.Json;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>Builds customers, actors and bFM cases in any state by driving the real actions.</summary>
internal sealed class BfmScenario
{
    public static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly Actor Ifk = new("ifk.meyer", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
    public static readonly Actor OtherIfk = new("ifk.braun", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
    public static readonly Actor Fm = new("fm.schulz", new HashSet<string> { Roles.Fm }, new HashSet<string>());
    public static readonly Actor Deputy = new("fm.wagner", new HashSet<string> { Roles.Fm }, new HashSet<string> { "fm.schulz" });
    public static readonly Actor OtherFm = new("fm.other", new HashSet<string> { Roles.Fm }, new HashSet<string>());
    public static readonly Actor Supervisor = new("fm.lead", new HashSet<string> { Roles.FmSupervisor }, new HashSet<string>());

    public BfmScenario(BfmRuleSet? rules = null, bool severelyDisabled = false)
    {
        Lifecycle = new BfmLifecycle(EffectiveRules<BfmRuleSet>.Single(rules ?? new BfmRuleSet()));
        Customer = new Customer
        {
            CustomerNumber = "K1",
            BirthDate = new DateOnly(1990, 4, 12),
            SeverelyDisabled = severelyDisabled,
            ResponsibleCaseworker = Ifk.UserName,
        };
        Case = Lifecycle.Open(Customer, Ifk, Now, Berlin.Calendar);
    }

    public BfmLifecycle Lifecycle { get; }

    public Customer Customer { get; }

    public Case Case { get; }

    public DateTime Now { get; set; } = Start;

    public DateOnly Today => Berlin.Calendar.DateOf(Now);

    public BfmScenario Eligible(ProfileCode profile = ProfileCode.EP, int needs = 3, bool unlikely = true)
    {
        var list = Enumerable.Range(0, needs)
            .Select(i => new ActionNeed { KeyGroup = i % 2 == 0 ? "Rahmenbedingungen" : "Leistungsfähigkeit", Need = $"Bedarf {i}", Influenceable = true });
        Customer.RecordProfile(profile, list, unlikely, Ifk.UserName, Now);
        return this;
    }

    public ActionOutcome Act(Actor actor, string action, string? data = null, string? reason = null) =>
        Lifecycle.Perform(new CaseScene(Case, Customer, actor, Now, Berlin.Calendar), action, Input(data, reason));

    public IReadOnlyList<ActionAvailability> Allowed(Actor actor) => Lifecycle.AllowedActions(new CaseScene(Case, Customer, actor, Now, Berlin.Calendar));

    public BfmScenario Referred()
    {
        Eligible();
        Act(Ifk, "refer", """{"consent":true}""");
        return this;
    }

    public BfmScenario Accepted(bool ifkStaysSecondary = false)
    {
        Referred();
        Act(Fm, "accept", $$"""{"workingAlliance":true,"ifkStaysSecondary":{{(ifkStaysSecondary ? "true" : "false")}}}""");
        return this;
    }

    public BfmScenario Planning()
    {
        Accepted();
        Act(Fm, "complete-assessment");
        return this;
    }

    public BfmScenario Steering()
    {
        Planning();
        Act(Fm, "agree-plan", $$"""{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{Today.AddMonths(3):yyyy-MM-dd}}"}""");
        return this;
    }

    /// <summary>The smallest review body: prognosis and its reasons.</summary>
    public const string Reviewed = """{"prognosis":"Positive","prognosisReasons":"Tagesstruktur stabil"}""";

    public static ActionInput Input(string? data, string? reason = null) =>
        new(reason, null, data is null ? null : JsonDocument.Parse(data).RootElement);

    /// <summary>A copy of everything an action may change, to check that a refusal changed nothing.</summary>
    public string Snapshot() => JsonSerializer.Serialize(new { Case.State, Case.MainCaseworker, Case.SecondaryCaseworker, Case.Bfm });
}
