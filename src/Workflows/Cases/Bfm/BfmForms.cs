using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Customers;
using static CaseFlow.Workflows.Cases.Forms.InputFields;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The input forms (schemas) of the bFM actions; <see cref="BfmLifecycle"/> reads each action's input through its form.</summary>
internal static class BfmForms
{
    public static readonly ActionForm Refer = ActionForm.Of(
        "Zum bFM vorschlagen",
        Bool("consent", "Einverständnis der Kundin/des Kunden liegt vor", required: true),
        Text("exceptionJustification", "Begründung einer Ausnahme", hint: "Nur wenn die Zugangskriterien nicht erfüllt sind."));

    public static readonly ActionForm Waive = ActionForm.Of("Auf das bFM verzichten", Reason("Begründung des Verzichts"));

    public static readonly ActionForm Accept = ActionForm.Of(
        "Fall übernehmen",
        Bool("workingAlliance", "Arbeitsbündnis geschlossen", required: true),
        Bool("ifkStaysSecondary", "IFK bleibt zweite Ansprechperson"));

    public static readonly ActionForm Reject = ActionForm.Of("Fall zurückgeben", Reason("Grund der Rückgabe"));

    public static readonly ActionForm CompleteAssessment = ActionForm.Of("Assessment abschließen");

    public static readonly ActionForm AgreePlan = ActionForm.Of(
        "Plan vereinbaren",
        Choice<PlanType>("planType", "Art des Plans", hint: "Ab dem Stichtag des Regelwerks (1. Juli 2023) nur noch Kooperationsplan."),
        TextList("strengths", "Potenzialanalyse: Stärken", hint: "Ein Eintrag je Zeile."),
        TextList("obstacles", "Potenzialanalyse: Hemmnisse", hint: "Ein Eintrag je Zeile."),
        TextList("goals", "Ziele", hint: "Ein Ziel je Zeile."),
        TextList("goalLinks", "Verknüpfte fa:z-Entwicklungsziele", hint: "Nur aktive Entwicklungsziele dieser Kundin/dieses Kunden.") with { Lookup = "goals" },
        TextList("steps", "Schritte (was, wer, bis wann)", hint: "Ein Schritt je Zeile, z. B. „Bewerbungsunterlagen erstellen – Kundin – bis 31.01.2027“."),
        Date("nextReviewDue", "Nächste Überprüfung fällig am", required: true, hint: "Nach heute und innerhalb des Überprüfungsintervalls (in der Regel 6 Monate)."),
        Bool("agreedWithCustomer", "Mit der Kundin/dem Kunden gemeinsam vereinbart", required: true),
        Text("extensionJustification", "Begründung der Fortführung über die Regelhöchstdauer", hint: "Nötig, wenn der Fall länger als die Regelhöchstdauer im FM ist."));

    public static readonly ActionForm Review = ActionForm.Of(
        "Überprüfung festhalten",
        Choice<Prognosis>("prognosis", "Prognose"),
        Text("prognosisReasons", "Begründung der Prognose", required: true),
        Date("nextReviewDue", "Nächste Überprüfung fällig am", hint: "Leer: spätestens zulässiger Tag."),
        Text("extensionJustification", "Begründung der Fortführung über die Regelhöchstdauer"));

    public static readonly ActionForm RevisePlan = ActionForm.Of("Plan überarbeiten");

    public static readonly ActionForm Exit = ActionForm.Of(
        "Fallabgang",
        ReasonChoice<ExitReason>("Grund des Fallabgangs"),
        Choice<ProfileCode>("finalProfile", "Profillage beim Abgang", hint: "Wird in das Profil der Kundin/des Kunden übernommen."),
        Text("closingPlan", "Abschlussplan (vereinbarte nächste Schritte nach dem Abgang)", required: true));
}
