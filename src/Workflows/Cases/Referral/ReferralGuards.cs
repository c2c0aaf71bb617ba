using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The referral rules (seed 002, § 16a SGB II) as named guards; their failure texts reach the caseworker.</summary>
internal static class ReferralGuards
{
    public static readonly Guard<ReferralContext, ReferralData> TargetGroup = Guard<ReferralContext, ReferralData>.OnPayload(
        "targetGroup",
        c => $"Für diese Zielgruppe (data.targetGroup) ist keine Delegation vorgesehen. Zielgruppen: {string.Join(", ", c.Rules.TargetGroups)}.",
        (c, d) => c.CanonicalTargetGroup(d.TargetGroup) is not null);

    public static readonly Guard<ReferralContext, ReferralData> ProviderRegistered = Guard<ReferralContext, ReferralData>.OnPayload(
        "provider",
        c => "Der Träger (data.provider) muss ein registrierter, aktiver Träger mit Kooperationsvereinbarung sein (registered provider). "
            + $"Aktive Träger: {string.Join(", ", c.Providers.All.Where(p => p.Active).Select(p => $"{p.Key} ({p.Name})"))}.",
        (c, d) => c.Providers.Find(d.Provider) is { Active: true });

    public static readonly Guard<ReferralContext, ReferralData> ProviderTakesTargetGroup = Guard<ReferralContext, ReferralData>.OnPayload(
        "providerTargetGroup",
        "Der gewählte Träger betreut diese Zielgruppe (data.targetGroup) nach seiner Kooperationsvereinbarung nicht.",
        (c, d) => c.Providers.Find(d.Provider) is not { } terms || terms.Takes(d.TargetGroup));

    /// <summary>One running referral per provider and customer, so debt and addiction counselling can run side by side.</summary>
    public static readonly Guard<ReferralContext, ReferralData> ProviderFree = Guard<ReferralContext, ReferralData>.OnPayload(
        "providerFree",
        "Für diese Kundin/diesen Kunden läuft bereits eine Überleitung an diesen Träger (data.provider). "
            + "Je Träger läuft nur eine Überleitung zur Zeit; an andere Träger kann parallel übergeleitet werden.",
        (c, d) => c.Providers.RunningReferralTo(d.Provider) is null);

    /// <summary>A provider answers only for hand-overs to itself (the provider API already hides the others: 404).</summary>
    public static Guard<ReferralContext, TPayload> OwnProvider<TPayload>() => Guard<ReferralContext, TPayload>.OnContext(
        "ownProvider",
        "Nur der Träger, an den übergeben wurde, kann für ihn antworten (own provider only).",
        c => c.ActsForOwnProvider);

    public static readonly Guard<ReferralContext, ReferralData> Voluntary = Guard<ReferralContext, ReferralData>.OnPayload(
        "voluntary",
        "Beratung nach § 16a SGB II ist freiwillig: die Kundin/der Kunde muss der Überleitung zustimmen (data.voluntary = true).",
        (_, d) => d.Voluntary);

    public static readonly Guard<ReferralContext, ReferralData> NoSanction = Guard<ReferralContext, ReferralData>.OnPayload(
        "noSanction",
        "Beratung nach § 16a SGB II ist freiwillig und vertraulich: sie darf nie als sanktionsbewehrte Pflicht (sanction-backed obligation, "
            + "z. B. per Verwaltungsakt) auferlegt werden. data.sanctionBacked darf nicht true sein.",
        (_, d) => !d.SanctionBacked);

    public static readonly Guard<ReferralContext, ConferenceData> DecidesToContinue = Guard<ReferralContext, ConferenceData>.OnPayload(
        "decisionContinue",
        "Die Fallkonferenz führt die Betreuung beim Träger nur mit data.decision = continue fort.",
        (_, d) => d.Decision == ConferenceDecision.Continue);

    public static readonly Guard<ReferralContext, ConferenceData> DecidesToEnd = Guard<ReferralContext, ConferenceData>.OnPayload(
        "decisionEnd",
        "Die Fallkonferenz beendet die Betreuung beim Träger nur mit data.decision = end.",
        (_, d) => d.Decision == ConferenceDecision.End);

    public static readonly Guard<ReferralContext, ConferenceData> NextConferenceWithinInterval = Guard<ReferralContext, ConferenceData>.OnPayload(
        "nextConferenceDue",
        c => $"Die nächste Fallkonferenz (data.nextConferenceDue) muss in der Zukunft liegen, spätestens am {c.LatestConferenceDate:yyyy-MM-dd} ({c.Rules.ConferenceIntervalMonths} Monate).",
        (c, d) => d.NextConferenceDue is not { } due || (due > c.Today && due <= c.LatestConferenceDate));
}
