using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The referral actions, named as the API names them.</summary>
public static class ReferralTriggers
{
    public static readonly Trigger<ReferralData> Refer = new("refer");
    public static readonly Trigger<ConsentData> RecordConsent = new("record-consent");
    public static readonly Trigger<NoPayload> ProviderConfirm = new("provider-confirm");
    public static readonly Trigger<ReferralReasonData> ProviderDecline = new("provider-decline");
    public static readonly Trigger<ProviderReportData> Report = new("report");
    public static readonly Trigger<ConferenceData> CaseConference = new("case-conference");
    public static readonly Trigger<ReferralReasonData> End = new("end");
}
