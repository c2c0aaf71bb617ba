using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Referrals;

/// <summary>
/// One running referral per customer and provider: the lifecycle's guard <c>providerFree</c> answers the usual case, and
/// a filtered unique index on <c>Cases</c> (customer, provider) over the running states refuses the second of two
/// concurrent referrals to the same provider, on SQLite and PostgreSQL alike; that one then gets the guard's 409.
/// </summary>
public static class RunningReferrals
{
    public const string IndexName = "IX_Cases_RunningReferral";

    /// <summary>The states in which a referral runs (provider chosen, not declined or ended).</summary>
    public static readonly string[] States = [nameof(ReferralState.AwaitingProvider), nameof(ReferralState.Active)];

    /// <summary>Plain SQL both providers read the same way.</summary>
    public const string IndexFilter = "\"Kind\" = '" + CaseKinds.Referral + "' AND \"State\" IN ('AwaitingProvider', 'Active')";
}
