namespace CaseFlow.Workflows.Cases;

/// <summary>
/// The workflow messages lifecycle actions publish (events, past tense). Each is correlated by the case id,
/// so a BPMN receive task or message catch event with <c>cf:correlationKey="case.id"</c> waits for it.
/// </summary>
public static class CaseMessages
{
    /// <summary>bFM: the IFK waived the referral although the criteria hold.</summary>
    public const string BfmWaived = "BfmWaived";

    /// <summary>Referral: the provider (Träger) confirmed the hand-over.</summary>
    public const string HandoverConfirmed = "HandoverConfirmed";

    /// <summary>Referral: the provider declined the hand-over.</summary>
    public const string HandoverDeclined = "HandoverDeclined";

    /// <summary>Referral: a progress report of the provider arrived.</summary>
    public const string ProviderReportReceived = "ProviderReportReceived";

    /// <summary>Referral: the provider's report is past the interval of its agreement (published by the report watch).</summary>
    public const string ProviderReportOverdue = "ProviderReportOverdue";
}
