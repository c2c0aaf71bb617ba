namespace CaseFlow.Host.Audit;

/// <summary>The data-class names of the read audit beyond the case classes of <c>NeedToKnow.Name</c>.</summary>
public static class ReadAuditClasses
{
    /// <summary>Health-related needs for action (addiction, psychological, health): Art. 9 GDPR data.</summary>
    public const string HealthNeeds = "healthNeeds";
}
