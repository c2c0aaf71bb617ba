using CaseFlow.Workflows.Cases.Forms;
using static CaseFlow.Workflows.Cases.Forms.InputFields;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The input forms (schemas) of the referral actions; <see cref="ReferralLifecycle"/> reads each action's input through its form.</summary>
internal static class ReferralForms
{
    /// <summary>Need to know: health-related needs are shared only with their own consent item (docs/security.md).</summary>
    private const string HealthHint =
        "Handlungsbedarfe zu Sucht, psychischer Gesundheit und Gesundheit gibt nur die eigene Einwilligung dazu frei, nie die zu „Handlungsbedarfe“.";

    public static readonly ActionForm Refer = ActionForm.Of(
        "An einen Träger übergeben",
        Text("provider", "Träger", required: true, maxLength: 100) with { Lookup = "providers" },
        Text("targetGroup", "Zielgruppe", required: true, maxLength: 100, hint: "Eine Zielgruppe, die der Träger betreut."),
        Bool("voluntary", "Teilnahme freiwillig", required: true),
        Bool("sanctionBacked", "Mit Rechtsfolgenbelehrung", hint: "Bei Beratung nach § 16a SGB II nie zulässig."),
        Choices("consentedFields", "Einwilligung in die Weitergabe an den Träger", SharedFields.Options, hint: HealthHint));

    public static readonly ActionForm ProviderConfirm = ActionForm.Of("Übernahme bestätigen (für den Träger)");

    public static readonly ActionForm ProviderDecline = ActionForm.Of("Übernahme ablehnen (für den Träger)", Reason("Grund der Ablehnung"));

    public static readonly ActionForm Report = ActionForm.Of(
        "Bericht des Trägers festhalten",
        Text("summary", "Bericht in Kürze", required: true),
        Choice<Attendance>("attendance", "Teilnahme"),
        Text("nextSteps", "Nächste Schritte"));

    public static readonly ActionForm CaseConference = ActionForm.Of(
        "Fallkonferenz festhalten",
        Choice<ConferenceDecision>("decision", "Entscheidung"),
        Date("nextConferenceDue", "Nächste Fallkonferenz am", hint: "Nur beim Fortsetzen; leer: spätestens zulässiger Tag."),
        Reason("Begründung", required: false));

    public static readonly ActionForm End = ActionForm.Of("Übergabe beenden", Reason("Grund des Endes"));

    public static readonly ActionForm RecordConsent = ActionForm.Of(
        "Einwilligung ändern",
        Choices("consentedFields", "Einwilligung in die Weitergabe an den Träger", SharedFields.Options, hint: "Keine Auswahl widerruft die Einwilligung. " + HealthHint));
}
