using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Contacts;

/// <summary>Whether the contact took place or the customer missed the appointment.</summary>
public enum ContactOutcome
{
    [Label("stattgefunden")]
    Attended,

    [Label("Termin versäumt")]
    Missed,
}
