namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>How the customer attended the counselling since the last report (Teilnahme).</summary>
public enum Attendance
{
    /// <summary>regelmäßig</summary>
    Regular,

    /// <summary>unregelmäßig</summary>
    Irregular,

    /// <summary>keine Teilnahme</summary>
    None,
}
