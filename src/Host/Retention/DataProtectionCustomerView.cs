namespace CaseFlow.Host.Retention;

/// <summary>
/// A customer as the data protection officer finds them by customer number (for a request of the data subject): who,
/// whether anonymised, whether a legal hold is active; nothing of the cases.
/// </summary>
public sealed record DataProtectionCustomerView(Guid Id, string CustomerNumber, string DisplayName, bool Anonymised, Guid? ActiveHoldId, int Cases);
