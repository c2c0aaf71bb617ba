using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>
/// Everything a lifecycle looks at to decide on an action: the case, its customer, who acts, when (an instant, and
/// the Jobcenter's calendar that turns it into today's date), and for referrals the registered providers with their
/// agreements.
/// </summary>
public sealed record CaseScene(Case Case, Customer Customer, Actor Actor, DateTime Now, JobcenterCalendar Calendar)
{
    /// <summary>The Jobcenter's date of <see cref="Now"/> (Europe/Berlin by default, not UTC).</summary>
    public DateOnly Today => Calendar.DateOf(Now);

    public ProviderCatalog Providers { get; init; } = ProviderCatalog.Empty;

    /// <summary>The customer's active fa:z development goals (ids), which a bFM plan may link to.</summary>
    public IReadOnlySet<Guid> ActiveGoalIds { get; init; } = new HashSet<Guid>();

    /// <summary>The customer's fa:z goals in words ("resource area: goal"), so the file shows linked goals by name, not by id.</summary>
    public IReadOnlyDictionary<Guid, string> GoalNames { get; init; } = new Dictionary<Guid, string>();
}
