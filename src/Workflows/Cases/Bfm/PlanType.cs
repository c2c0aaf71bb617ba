using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The plan agreed with the customer: the Kooperationsplan (§ 15 SGB II since 1 July 2023) or a legacy EV.</summary>
public enum PlanType
{
    [Label("Kooperationsplan")]
    Kooperationsplan,
    [Label("Eingliederungsvereinbarung (EV)")]
    Eingliederungsvereinbarung,
}
