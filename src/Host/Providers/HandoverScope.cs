using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Providers;

/// <summary>The cases a provider sees: the referral cases made to it. Every other case does not exist for it (404, never 403).</summary>
public static class HandoverScope
{
    public static IQueryable<Case> MadeTo(this IQueryable<Case> cases, string providerKey) =>
        cases.Where(c => c.Kind == CaseKinds.Referral && c.Referral!.Provider == providerKey);
}
