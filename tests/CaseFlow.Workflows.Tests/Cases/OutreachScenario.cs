using System.Text.Json;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>Builds a U25 customer and an outreach case in any state by driving the real actions.</summary>
internal sealed class OutreachScenario
{
    public static readonly DateTime Start = BfmScenario.Start;

    public static readonly Actor Pap = new("pap.hoff", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
    public static readonly Actor Adviser = new("ab.kaya", new HashSet<string> { Roles.Abpap }, new HashSet<string>());
    public static readonly Actor OtherAdviser = new("ab.roth", new HashSet<string> { Roles.Abpap }, new HashSet<string>());

    public const string FullForm = """{"form":"AB-Auftrag-Fallübergabe","handoverTalkHeld":true}""";
    public const string SingleTaskForm = """{"form":"AB-Einzelauftrag","handoverTalkHeld":true,"adviser":"ab.roth"}""";
    public const string ByTwo = """{"companions":["ab.roth"]}""";

    /// <param name="birthDate">Default: 21 years old at <see cref="Start"/>.</param>
    public OutreachScenario(OutreachRuleSet? rules = null, DateOnly? birthDate = null)
    {
        Lifecycle = new OutreachLifecycle(EffectiveRules<OutreachRuleSet>.Single(rules ?? new OutreachRuleSet()));
        Customer = new Customer
        {
            CustomerNumber = "K25",
            BirthDate = birthDate ?? new DateOnly(2005, 6, 1),
            ResponsibleCaseworker = Pap.UserName,
        };
        Case = Lifecycle.Open(Customer, Pap, Now, Berlin.Calendar);
    }

    public OutreachLifecycle Lifecycle { get; }

    public Customer Customer { get; }

    public Case Case { get; }

    public OutreachDetails File => Case.Outreach!;

    public DateTime Now { get; set; } = Start;

    public DateOnly Today => Berlin.Calendar.DateOf(Now);

    public ActionOutcome Act(Actor actor, string action, string? data = null, string? reason = null) =>
        Lifecycle.Perform(new CaseScene(Case, Customer, actor, Now, Berlin.Calendar), action, BfmScenario.Input(data, reason));

    public ActionAvailability Allowed(Actor actor, string action) =>
        Lifecycle.AllowedActions(new CaseScene(Case, Customer, actor, Now, Berlin.Calendar)).Single(a => a.Action == action);

    public OutreachScenario Queued()
    {
        Act(Pap, "hand-over", FullForm);
        return this;
    }

    public OutreachScenario SingleTask()
    {
        Act(Pap, "hand-over", SingleTaskForm);
        return this;
    }

    public OutreachScenario InActivation()
    {
        Queued();
        Act(Adviser, "take-over");
        return this;
    }

    public OutreachScenario AtJointMeeting()
    {
        InActivation();
        Act(Adviser, "record-visit", ByTwo);
        Act(Adviser, "activated");
        return this;
    }

    /// <summary>The guards that refused the action; checks that the refusal changed nothing.</summary>
    public IReadOnlyList<string> Refused(Actor actor, string action, string? data = null, string? reason = null)
    {
        var before = Snapshot();
        var error = Assert.Throws<TriggerRefusedException>(() => Act(actor, action, data, reason));
        Assert.Equal(before, Snapshot());
        return error.UnmetGuards.Select(g => g.Guard).ToList();
    }

    /// <summary>The failure text of the single guard that refused the action.</summary>
    public string RefusalText(Actor actor, string action, string? data = null, string? reason = null) =>
        Assert.Single(Assert.Throws<TriggerRefusedException>(() => Act(actor, action, data, reason)).UnmetGuards).Message;

    public string Snapshot() => JsonSerializer.Serialize(new { Case.State, Case.MainCaseworker, Case.SecondaryCaseworker, Case.Outreach });
}
