using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>How the customer attended the counselling since the last report (Teilnahme).</summary>
public enum Attendance
{
    /// <summary>regelmäßig</summary>
    [Label("regelmäßig")]
    Regular,

    /// <summary>unregelmäßig</summary>
    [Label("unregelmäßig")]
    Irregular,

    /// <summary>keine Teilnahme</summary>
    [Label("keine Teilnahme")]
    None,
}
