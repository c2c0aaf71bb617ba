using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Contacts;

/// <summary>The note types (Vermerktypen) of a contact, seed 004 §1; which of them count is the <see cref="Rules.ContactCountingRule"/>.</summary>
public enum NoteType
{
    [Label("Beratungsvermerk")]
    Beratungsvermerk,

    [Label("VB-Vermerk")]
    VbVermerk,

    [Label("Beratungsvermerk zur Standortbestimmung")]
    BeratungsvermerkStandortbestimmung,

    [Label("Fallmanagement")]
    Fallmanagement,

    [Label("Angebot U25")]
    AngebotU25,

    [Label("Integrationsvereinbarung")]
    Integrationsvereinbarung,

    [Label("ZAV-Vermerk")]
    ZavVermerk,

    [Label("Gemeinsames Vorstellungsgespräch")]
    GemeinsamesVorstellungsgespraech,

    [Label("SB-Vorgang")]
    SbVorgang,

    [Label("Allgemeiner Vermerk")]
    AllgemeinerVermerk,
}
