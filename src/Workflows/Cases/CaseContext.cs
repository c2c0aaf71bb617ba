using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>The context a lifecycle's state machine works on; collects the effects of a transition.</summary>
public abstract class CaseContext(CaseScene scene)
{
    public Case Case { get; } = scene.Case;

    public Customer Customer { get; } = scene.Customer;

    public Actor Actor { get; } = scene.Actor;

    public DateTime Now { get; } = scene.Now;

    /// <summary>The Jobcenter's calendar: dates of instants, month arithmetic on instants.</summary>
    public JobcenterCalendar Calendar { get; } = scene.Calendar;

    /// <summary>Today in the Jobcenter's time zone: every guard's "today" and "in the future".</summary>
    public DateOnly Today { get; } = scene.Today;

    /// <summary>The registered providers (Träger) with their agreements, for referrals.</summary>
    public ProviderCatalog Providers { get; } = scene.Providers;

    /// <summary>The customer's active fa:z development goals (ids).</summary>
    public IReadOnlySet<Guid> ActiveGoalIds { get; } = scene.ActiveGoalIds;

    /// <summary>A linked goal's words (<see cref="CaseScene.GoalNames"/>), or the link itself when the goal is unknown.</summary>
    public string GoalName(string link) => Guid.TryParse(link, out var id) && goalNames.TryGetValue(id, out var name) ? name : link;

    private readonly IReadOnlyDictionary<Guid, string> goalNames = scene.GoalNames;

    /// <summary>Follow-ups (Wiedervorlagen) the transition created.</summary>
    public List<FollowUp> FollowUps { get; } = [];

    /// <summary>Journal lines on the customer for what the transition changed there (e.g. the final bFM profile).</summary>
    public List<JournalEntry> CustomerJournal { get; } = [];
}
