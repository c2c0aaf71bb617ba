using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The integration prognosis a bFM review records (closed list).</summary>
public enum Prognosis
{
    [Label("Positiv")]
    Positive,
    [Label("Unsicher")]
    Uncertain,
    [Label("Negativ")]
    Negative,
}
