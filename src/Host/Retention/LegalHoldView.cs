namespace CaseFlow.Host.Retention;

/// <summary>A legal hold as the API shows it (to the data protection officer).</summary>
public sealed record LegalHoldView(
    Guid Id, Guid CustomerId, string Reason, DateTime SetAt, string SetBy, bool Active, DateTime? LiftedAt, string? LiftedBy, string? LiftReason)
{
    public static LegalHoldView Of(LegalHold hold) =>
        new(hold.Id, hold.CustomerId, hold.Reason, hold.SetAt, hold.SetBy, hold.IsActive, hold.LiftedAt, hold.LiftedBy, hold.LiftReason);
}
