using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>The outreach rules (seed 003) as named guards; their failure texts reach the caseworker.</summary>
internal static class OutreachGuards
{
    /// <summary>The participants a joint meeting needs, as <c>data.participants</c> names them.</summary>
    public static readonly IReadOnlyList<string> RequiredParticipants = ["customer", "pAp", "aB-pAp"];

    public static string AgeLimitText(int maximumAge, int age) =>
        $"Die aufsuchende Beratung U25 ist nur für Kundinnen und Kunden unter {maximumAge} Jahren (age limit): "
        + $"die Kundin/der Kunde ist {age} Jahre alt.";

    public static readonly Guard<OutreachContext, HandOverData> AgeLimit = new(
        "ageLimit",
        c => AgeLimitText(c.Rules.MaximumAge, c.CustomerAge),
        (c, _) => c.CustomerYoungEnough,
        UsesPayload: false);

    public static readonly Guard<OutreachContext, HandOverData> HandoverTalk = Guard<OutreachContext, HandOverData>.OnPayload(
        "handoverTalk",
        "Vor der Übergabe führen pAp und aB-pAp ein Übergabegespräch (Transparenz): data.handoverTalkHeld muss true sein.",
        (_, d) => d.HandoverTalkHeld);

    public static readonly Guard<OutreachContext, HandOverData> FullHandoverForm = Guard<OutreachContext, HandOverData>.OnPayload(
        "fullHandoverForm",
        c => $"Nur mit dem Vordruck {OutreachForms.FullHandover} geht der Fall an {c.Rules.Queue}.",
        (_, d) => d.IsFullHandover);

    public static readonly Guard<OutreachContext, HandOverData> SingleTaskForm = Guard<OutreachContext, HandOverData>.OnPayload(
        "singleTaskForm",
        $"Nur mit dem Vordruck {OutreachForms.SingleTask} geht der Fall als Einzelauftrag an eine aB-pAp.",
        (_, d) => !d.IsFullHandover);

    public static readonly Guard<OutreachContext, VisitData> WithinActivationPeriod = new(
        "activationPeriod",
        c => $"Die Aktivierungsphase endete am {c.ActivationEnd:yyyy-MM-dd} (Regel: {c.Rules.ActivationMonths} Monate): "
            + "für weitere Besuche ist eine begründete Verlängerung (extend) nötig, sonst activated oder return-early.",
        (c, _) => !c.ActivationOverdue,
        UsesPayload: false);

    public static readonly Guard<OutreachContext, VisitData> SecondStaffMember = Guard<OutreachContext, VisitData>.OnPayload(
        "secondStaffMember",
        "Besuche finden in der Regel zu zweit statt (Sicherheit geht vor): data.companions muss mindestens eine zweite Mitarbeiterin/einen zweiten Mitarbeiter nennen.",
        (c, d) => d.Companions.Any(name => !string.Equals(name, c.Actor.UserName, StringComparison.OrdinalIgnoreCase)));

    public static readonly Guard<OutreachContext, VisitData> VisitDate = Guard<OutreachContext, VisitData>.OnPayload(
        "visitedOn",
        c => $"Das Besuchsdatum (data.visitedOn) muss zwischen dem Beginn der Aktivierungsphase ({c.File.ActivationStartedAt:yyyy-MM-dd}) und heute liegen.",
        (c, d) => d.VisitedOn is not { } day
            || (day <= c.Today && (c.File.ActivationStartedAt is not { } started || day >= c.Calendar.DateOf(started))));

    public static readonly Guard<OutreachContext, ExtensionData> ExtensionUntil = Guard<OutreachContext, ExtensionData>.OnPayload(
        "extensionUntil",
        c => $"Die Verlängerung (data.until) muss nach dem {c.ExtensionBase:yyyy-MM-dd} liegen und darf höchstens "
            + $"{c.Rules.MaximumExtensionMonths} Monate weiter reichen (bis {c.LatestExtension:yyyy-MM-dd}).",
        (c, d) => d.Until > c.ExtensionBase && d.Until <= c.LatestExtension);

    public static readonly Guard<OutreachContext, SanctionDecisionData> AgreedWithPap = Guard<OutreachContext, SanctionDecisionData>.OnPayload(
        "agreedWithPap",
        c => $"Über Sanktionen während der aufsuchenden Beratung entscheidet die aB-pAp im Einzelfall gemeinsam mit der überstellenden pAp ({c.Case.ReferringCaseworker}): data.agreedWithPap muss true sein.",
        (_, d) => d.AgreedWithPap);

    public static readonly Guard<OutreachContext, JointMeetingData> AllParticipants = Guard<OutreachContext, JointMeetingData>.OnPayload(
        "participants",
        $"Am gemeinsamen Gespräch nehmen Kundin/Kunde, pAp und aB-pAp teil: data.participants muss {string.Join(", ", RequiredParticipants)} enthalten.",
        (_, d) => RequiredParticipants.All(required => d.Participants.Contains(required, StringComparer.OrdinalIgnoreCase)));

    public static readonly Guard<OutreachContext, EarlyReturnData> EarlyReturnReason = Guard<OutreachContext, EarlyReturnData>.OnPayload(
        "earlyReturnReason",
        c => $"Der Grund der vorzeitigen Rückgabe (reason) muss einer der festgelegten Gründe sein: {string.Join(", ", c.Rules.EarlyReturnReasons)}.",
        (c, d) => c.Rules.EarlyReturnReasons.Count == 0
            || c.Rules.EarlyReturnReasons.Contains(d.Reason, StringComparer.OrdinalIgnoreCase));
}
