using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Api;

/// <summary>A customer as the API shows it; <c>notReachable</c> (nicht erreichbar) after missed appointments in a row (docs/contacts.md);
/// <c>nextContactDue</c> is the maintained contact due date and <c>contactRuleCell</c> the rule cell it came from
/// (<c>contactRuleCellText</c>: that cell in words, in the request's language).</summary>
public sealed record CustomerView(
    Guid Id,
    string CustomerNumber,
    string GivenName,
    string FamilyName,
    DateOnly BirthDate,
    bool SeverelyDisabled,
    bool EqualStatus,
    bool Rehabilitant,
    string ResponsibleCaseworker,
    ProfileCode? Profile,
    IReadOnlyList<CustomerView.ActionNeedView> ActionNeeds,
    bool IntegrationWithoutFmUnlikely,
    DateTime? ProfiledAt,
    string? ProfiledBy,
    int Version,
    bool NotReachable,
    DateTime? NotReachableSince,
    int MissedInARow,
    bool Unemployed,
    DateOnly? NextContactDue,
    string? ContactRuleCell,
    string? ContactRuleCellText)
{
    public sealed record ActionNeedView(string KeyGroup, string Need, bool Influenceable);

    public static CustomerView Of(Customer customer) => new(
        customer.Id,
        customer.CustomerNumber,
        customer.GivenName,
        customer.FamilyName,
        customer.BirthDate,
        customer.SeverelyDisabled,
        customer.EqualStatus,
        customer.Rehabilitant,
        customer.ResponsibleCaseworker,
        customer.Profile,
        customer.ActionNeeds.Select(n => new ActionNeedView(n.KeyGroup, n.Need, n.Influenceable)).ToList(),
        customer.IntegrationWithoutFmUnlikely,
        customer.ProfiledAt,
        customer.ProfiledBy,
        customer.Version,
        customer.NotReachable,
        customer.NotReachableSince,
        customer.MissedInARow,
        customer.Unemployed,
        customer.NextContactDueOn,
        customer.ContactRuleCell,
        customer.ContactRuleCell is { } cell ? CaseFlow.Workflows.Rules.ContactDensity.ContactRuleCellText.Of(cell) : null);
}
