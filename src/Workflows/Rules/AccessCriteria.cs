using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Rules;

/// <summary>The bFM access criteria (Mindestkriterien, seed 001 §2): each one a separate, explainable check.</summary>
public static class AccessCriteria
{
    public static bool HasComplexProfile(Customer customer, BfmRuleSet rules) =>
        customer.Profile is { } profile && rules.ComplexProfiles.Contains(profile);

    public static int CountedInfluenceableNeeds(Customer customer, BfmRuleSet rules) =>
        customer.ActionNeeds.Count(need =>
            need.Influenceable && rules.CountedKeyGroups.Contains(need.KeyGroup, StringComparer.OrdinalIgnoreCase));

    public static bool HasEnoughInfluenceableNeeds(Customer customer, BfmRuleSet rules) =>
        CountedInfluenceableNeeds(customer, rules) >= rules.MinimumInfluenceableNeeds;

    public static bool AllMet(Customer customer, BfmRuleSet rules) =>
        HasComplexProfile(customer, rules) && HasEnoughInfluenceableNeeds(customer, rules) && customer.IntegrationWithoutFmUnlikely;
}
