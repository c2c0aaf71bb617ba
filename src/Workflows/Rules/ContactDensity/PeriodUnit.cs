namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>The unit of a contact interval: calendar months or weeks.</summary>
public enum PeriodUnit
{
    Months,
    Weeks,
}
