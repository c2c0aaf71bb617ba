using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Providers;

/// <summary>
/// A third-party provider (Träger) in the registry: what it is, which target groups it takes, whether it is active,
/// and its cooperation agreement (Kooperationsvereinbarung). Managed by the process owner.
/// </summary>
public sealed class Provider
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Stable, URL-safe key (3–40 chars, lower case, digits, hyphens), e.g. <c>sb-nord</c>.</summary>
    public required string Key { get; init; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="ProviderKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>Target groups the provider takes; empty for any.</summary>
    public List<string> TargetGroups { get; set; } = [];

    /// <summary>An inactive provider gets no referrals and its API keys are refused.</summary>
    public bool Active { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Concurrency token; <see cref="Touch"/> counts it up with every change.</summary>
    public int Version { get; set; }

    public required CooperationAgreement Agreement { get; set; }

    /// <summary>Marks a change of the provider or its agreement.</summary>
    public void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    public ProviderTerms ToTerms() => new(
        Key,
        Name,
        Kind,
        TargetGroups.ToList(),
        Active,
        Agreement.ReportIntervalDays,
        Agreement.ConferenceIntervalMonths,
        Agreement.SharedFields.ToList());
}
