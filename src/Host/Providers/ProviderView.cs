using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Host.Providers;

/// <summary>A provider in the registry with its cooperation agreement.</summary>
public sealed record ProviderView(
    string Key,
    string Name,
    string Kind,
    string KindName,
    IReadOnlyList<string> TargetGroups,
    bool Active,
    ProviderView.AgreementView Agreement,
    int Version)
{
    public sealed record AgreementView(
        IReadOnlyList<string> SharedFields, int ReportIntervalDays, int ConferenceIntervalMonths, string? Reference, DateTime UpdatedAt, string UpdatedBy);

    public static ProviderView Of(Provider provider) => new(
        provider.Key,
        provider.Name,
        provider.Kind,
        Terms.Say(ProviderKinds.GermanName(provider.Kind)),
        provider.TargetGroups,
        provider.Active,
        new AgreementView(
            provider.Agreement.SharedFields,
            provider.Agreement.ReportIntervalDays,
            provider.Agreement.ConferenceIntervalMonths,
            provider.Agreement.Reference,
            provider.Agreement.UpdatedAt,
            provider.Agreement.UpdatedBy),
        provider.Version);
}
