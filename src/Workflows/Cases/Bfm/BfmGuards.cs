using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The bFM rules as named guards; their failure texts reach the caseworker.</summary>
internal static class BfmGuards
{
    private static string NextReviewText(BfmContext c) =>
        $"Die nächste Überprüfung (data.nextReviewDue) muss in der Zukunft liegen, spätestens am {c.LatestReviewDate:yyyy-MM-dd} ({c.Rules.ReviewIntervalMonths} Monate).";

    private static bool HasException(ReferData? data) => !string.IsNullOrWhiteSpace(data?.ExceptionJustification);

    public static Guard<BfmContext, TPayload> ComplexProfile<TPayload>(Func<TPayload?, bool>? exception = null) =>
        new("complexProfile",
            c => $"Keine komplexe Profillage: bFM setzt das Profil {string.Join(", ", c.Rules.ComplexProfiles)} voraus.",
            (c, p) => (exception?.Invoke(p) ?? false) || AccessCriteria.HasComplexProfile(c.Customer, c.Rules),
            UsesPayload: false);

    public static Guard<BfmContext, TPayload> InfluenceableNeeds<TPayload>(Func<TPayload?, bool>? exception = null) =>
        new("influenceableNeeds",
            c => $"Zu wenige beeinflussbare Handlungsbedarfe in den Schlüsselgruppen {string.Join("/", c.Rules.CountedKeyGroups)}: "
                + $"{AccessCriteria.CountedInfluenceableNeeds(c.Customer, c.Rules)} von mindestens {c.Rules.MinimumInfluenceableNeeds}.",
            (c, p) => (exception?.Invoke(p) ?? false) || AccessCriteria.HasEnoughInfluenceableNeeds(c.Customer, c.Rules),
            UsesPayload: false);

    public static Guard<BfmContext, TPayload> IntegrationWithoutFmUnlikely<TPayload>(Func<TPayload?, bool>? exception = null) =>
        new("integrationWithoutFmUnlikely",
            _ => "Es ist nicht dokumentiert, dass eine Integration ohne FM nicht oder nur stark verzögert erreichbar ist.",
            (c, p) => (exception?.Invoke(p) ?? false) || c.Customer.IntegrationWithoutFmUnlikely,
            UsesPayload: false);

    public static readonly Guard<BfmContext, ReferData>[] ReferCriteria =
    [
        ComplexProfile<ReferData>(HasException),
        InfluenceableNeeds<ReferData>(HasException),
        IntegrationWithoutFmUnlikely<ReferData>(HasException),
        Guard<BfmContext, ReferData>.OnPayload(
            "consent",
            "Die Zustimmung der Kundin/des Kunden zum FM-Angebot (im Kooperationsplan) fehlt.",
            (_, d) => d.Consent),
    ];

    public static readonly Guard<BfmContext, ReasonData>[] WaiveCriteria =
    [
        ComplexProfile<ReasonData>(),
        InfluenceableNeeds<ReasonData>(),
        IntegrationWithoutFmUnlikely<ReasonData>(),
    ];

    public static readonly Guard<BfmContext, AcceptData> WorkingAlliance = Guard<BfmContext, AcceptData>.OnPayload(
        "workingAlliance",
        "Ohne Arbeitsbündnis (Zustimmung der Kundin/des Kunden) kann das FM den Fall nicht übernehmen.",
        (_, d) => d.WorkingAlliance);

    public static readonly Guard<BfmContext, PlanData> ReviewWithinInterval = Guard<BfmContext, PlanData>.OnPayload(
        "nextReviewDue",
        NextReviewText,
        (c, d) => d.NextReviewDue > c.Today && d.NextReviewDue <= c.LatestReviewDate);

    public static readonly Guard<BfmContext, ReviewData> NextReviewWithinInterval = Guard<BfmContext, ReviewData>.OnPayload(
        "nextReviewDue",
        NextReviewText,
        (c, d) => d.NextReviewDue is not { } due || (due > c.Today && due <= c.LatestReviewDate));

    public static readonly Guard<BfmContext, PlanData> AgreedWithCustomer = Guard<BfmContext, PlanData>.OnPayload(
        "agreedWithCustomer",
        "Der Plan muss mit der Kundin/dem Kunden gemeinsam vereinbart sein (data.agreedWithCustomer).",
        (_, d) => d.AgreedWithCustomer);

    public static readonly Guard<BfmContext, PlanData> GoalLinksActive = Guard<BfmContext, PlanData>.OnPayload(
        "goalLinks",
        "Verknüpfte Entwicklungsziele (data.goalLinks) müssen aktive fa:z-Ziele dieser Kundin/dieses Kunden sein.",
        (c, d) => d.GoalLinks.All(link => Guid.TryParse(link, out var id) && c.ActiveGoalIds.Contains(id)));

    public static readonly Guard<BfmContext, PlanData> KooperationsplanFromCutoff = Guard<BfmContext, PlanData>.OnPayload(
        "kooperationsplanOnly",
        c => $"Seit dem {c.Rules.KooperationsplanFrom:dd.MM.yyyy} werden keine Eingliederungsvereinbarungen mehr geschlossen: neue Pläne sind Kooperationspläne (planType Kooperationsplan).",
        (c, d) => d.PlanType != PlanType.Eingliederungsvereinbarung || c.Today < c.Rules.KooperationsplanFrom);

    public static readonly Guard<BfmContext, PlanData> PlanChangeJustified = Guard<BfmContext, PlanData>.OnPayload(
        "extensionJustification",
        c => $"Der Fall ist länger als die Regelhöchstdauer ({c.Rules.MaximumDurationMonths} Monate) im FM: jede Planänderung braucht eine Begründung für die Fortführung (data.extensionJustification).",
        (c, d) => !c.BeyondMaximumDuration || !string.IsNullOrWhiteSpace(d.ExtensionJustification));

    public static readonly Guard<BfmContext, ReviewData> PrognosisGiven = Guard<BfmContext, ReviewData>.OnPayload(
        "prognosisReasons",
        "Eine Überprüfung braucht die Prognose mit Begründung (data.prognosis, data.prognosisReasons).",
        (_, d) => Enum.IsDefined(d.Prognosis) && !string.IsNullOrWhiteSpace(d.PrognosisReasons));

    public static readonly Guard<BfmContext, ReviewData> ExtensionJustified = Guard<BfmContext, ReviewData>.OnPayload(
        "extensionJustification",
        c => $"Der Fall ist länger als die Regelhöchstdauer ({c.Rules.MaximumDurationMonths} Monate) im FM: eine Begründung für die Fortführung (data.extensionJustification) ist nötig.",
        (c, d) => !c.BeyondMaximumDuration || !string.IsNullOrWhiteSpace(d.ExtensionJustification));

    public static readonly Guard<BfmContext, ExitData> MaximumDurationReached = Guard<BfmContext, ExitData>.OnPayload(
        "maximumDurationReached",
        c => $"Der Abgangsgrund 'MaximumDurationReached' setzt voraus, dass die Regelhöchstdauer ({c.Rules.MaximumDurationMonths} Monate) erreicht ist.",
        (c, d) => d.Reason != ExitReason.MaximumDurationReached || c.BeyondMaximumDuration);
}
