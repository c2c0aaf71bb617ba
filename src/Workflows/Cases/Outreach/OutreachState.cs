using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>States of an outreach case (aufsuchende Beratungsarbeit U25, seed 003).</summary>
public enum OutreachState
{
    /// <summary>Entwurf: the pAp prepares the hand-over (talk with the aB-pAp, form).</summary>
    [Label("Entwurf")]
    Draft,

    /// <summary>Übergeben an den virtuellen Mitarbeiter VM-U25-aB: waiting for an aB-pAp to take the case over.</summary>
    [Label("Übergeben an VM-U25-aB")]
    Queued,

    /// <summary>Einzelauftrag (AB-Einzelauftrag): one task for a named aB-pAp, not through the queue.</summary>
    [Label("Einzelauftrag")]
    SingleTask,

    /// <summary>Aktivierungsphase: the aB-pAp visits the customer, usually at most 6 months.</summary>
    [Label("Aktivierungsphase")]
    Activation,

    /// <summary>Aktiviert: the joint meeting of customer, pAp and aB-pAp is due.</summary>
    [Label("Gemeinsames Gespräch fällig")]
    JointMeeting,

    /// <summary>Zurück beim pAp: after the joint meeting, an early return or the single task.</summary>
    [Label("Zurück bei der pAp")]
    Returned,
}
