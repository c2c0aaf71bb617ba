using CaseFlow.Workflows.Cases.Forms;
using static CaseFlow.Workflows.Cases.Forms.InputFields;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>The input forms (schemas) of the outreach actions; <see cref="OutreachLifecycle"/> reads each action's input through its form.</summary>
internal static class OutreachActionForms
{
    public static readonly ActionForm HandOver = ActionForm.Of(
        "An die aufsuchende Beratung übergeben",
        Choice("form", "Vordruck", [
            new FieldOption(OutreachForms.FullHandover, "AB-Auftrag-Fallübergabe: ganzer Fall über die Warteschlange VM-U25-aB"),
            new FieldOption(OutreachForms.SingleTask, "AB-Einzelauftrag: ein Auftrag an eine benannte aB-pAp"),
        ]),
        Bool("handoverTalkHeld", "Übergabegespräch geführt", required: true),
        Text("adviser", "Beauftragte aB-pAp (Benutzername)", maxLength: 200, hint: "Nur beim AB-Einzelauftrag."));

    public static readonly ActionForm TakeOver = ActionForm.Of("Fall übernehmen");

    public static readonly ActionForm RecordVisit = ActionForm.Of(
        "Besuch festhalten",
        TextList("companions", "Begleitung (Benutzernamen)", hint: "Besuche finden zu zweit statt: mindestens eine weitere Mitarbeiterin oder ein weiterer Mitarbeiter."),
        Date("visitedOn", "Besucht am", hint: "Leer: heute."));

    public static readonly ActionForm Extend = ActionForm.Of(
        "Aktivierung verlängern",
        Text("justification", "Begründung der Verlängerung", required: true),
        Date("until", "Verlängert bis", required: true));

    public static readonly ActionForm RecordSanctionDecision = ActionForm.Of(
        "Entscheidung zu einer Leistungsminderung festhalten",
        Text("decision", "Entscheidung", required: true),
        Bool("agreedWithPap", "Mit der übergebenden pAp abgestimmt", required: true));

    public static readonly ActionForm Activated = ActionForm.Of("Aktivierung erreicht");

    public static readonly ActionForm HoldJointMeeting = ActionForm.Of(
        "Gemeinsames Gespräch festhalten",
        TextList("participants", "Teilnehmende", hint: "Kundin/Kunde (customer), pAp und aB-pAp müssen teilnehmen; weitere Namen dürfen dazukommen.")
            with { Options = [new("customer", "Kundin/Kunde"), new("pAp", "pAp"), new("aB-pAp", "aB-pAp")] });

    public static readonly ActionForm ReturnEarly = ActionForm.Of("Vorzeitig an die pAp zurückgeben", Reason("Grund der vorzeitigen Rückgabe"));

    public static readonly ActionForm CompleteTask = ActionForm.Of("Einzelauftrag erledigt");
}
