using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using Fields = CaseFlow.Workflows.Cases.Referral.SharedFields;

namespace CaseFlow.Host.Providers;

/// <summary>
/// A hand-over (Übergabe) as the provider it was made to sees it: its state and dates, and the customer data its
/// agreement and the customer's consent allow (<see cref="SharedFields"/> lists which).
/// </summary>
/// <param name="Id">The hand-over id (the referral case's id); use it in the confirm, decline and report calls.</param>
/// <param name="State"><c>awaitingConfirmation</c>, <c>active</c>, <c>declined</c> or <c>ended</c>.</param>
/// <param name="ConsentRecorded">Whether the customer consented to share any data; without consent nothing is shared.</param>
public sealed record HandoverView(
    Guid Id,
    string State,
    DateTime? ReferredAt,
    DateTime? ConfirmedAt,
    DateOnly? NextReportDue,
    DateOnly? NextConferenceDue,
    int ReportIntervalDays,
    int ReportCount,
    IReadOnlyList<string> SharedFields,
    bool ConsentRecorded,
    SharedCustomerData Customer)
{
    public static HandoverView Of(Case @case, Customer customer, ProviderTerms terms, string? caseManagerName, DateOnly today)
    {
        var file = @case.Referral ?? throw new InvalidOperationException("A referral case has no referral file.");
        var shared = terms.SharedFields.Intersect(file.ConsentedFields, StringComparer.Ordinal).ToList();
        bool Has(string field) => shared.Contains(field, StringComparer.Ordinal);
        return new HandoverView(
            @case.Id,
            StateName(@case.State),
            file.ReferredAt,
            file.ConfirmedAt,
            file.NextReportDue,
            file.NextConferenceDue,
            terms.ReportIntervalDays,
            file.ReportCount,
            shared,
            file.ConsentedFields.Count > 0,
            new SharedCustomerData
            {
                CustomerNumber = Has(Fields.CustomerNumber) ? customer.CustomerNumber : null,
                BirthDate = Has(Fields.BirthDate) ? customer.BirthDate : null,
                Age = Has(Fields.Age) ? customer.AgeOn(today) : null,
                Profile = Has(Fields.Profile) ? customer.Profile?.ToString() : null,
                ActionNeeds = SharedNeeds(customer, shared),
                SeverelyDisabled = Has(Fields.SeverelyDisabled) ? customer.SeverelyDisabled : null,
                TargetGroup = Has(Fields.TargetGroup) ? file.TargetGroup : null,
                CaseManager = Has(Fields.CaseManager) ? caseManagerName : null,
            });
    }

    /// <summary>
    /// The needs the consent covers: the others with <c>actionNeeds</c>, each health-related one only with its own item
    /// (<see cref="HealthRelatedNeeds"/>); null when no item of needs is shared.
    /// </summary>
    public static IReadOnlyList<SharedActionNeed>? SharedNeeds(Customer customer, IReadOnlyCollection<string> shared)
    {
        if (!shared.Contains(Fields.ActionNeeds) && !Fields.HealthItems.Any(shared.Contains))
        {
            return null;
        }

        return customer.ActionNeeds
            .Where(n => shared.Contains(HealthRelatedNeeds.ConsentItemOf(n) ?? Fields.ActionNeeds))
            .Select(n => new SharedActionNeed(n.KeyGroup, n.Need))
            .ToList();
    }

    /// <summary>The provider's name for a referral state.</summary>
    public static string StateName(string state) => state switch
    {
        nameof(ReferralState.AwaitingProvider) => "awaitingConfirmation",
        nameof(ReferralState.Active) => "active",
        nameof(ReferralState.Declined) => "declined",
        nameof(ReferralState.Ended) => "ended",
        _ => state,
    };
}
