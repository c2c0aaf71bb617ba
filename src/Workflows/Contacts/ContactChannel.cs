using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Contacts;

/// <summary>How a contact took place (Kontaktart).</summary>
public enum ContactChannel
{
    [Label("persönlich")]
    Personal,

    [Label("telefonisch")]
    Phone,

    [Label("per Video")]
    Video,

    [Label("schriftlich (Brief)")]
    Letter,

    [Label("per E-Mail")]
    Email,

    [Label("Gruppeninformation")]
    GroupSession,
}
