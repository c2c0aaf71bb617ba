namespace CaseFlow.Host.FollowUps;

/// <summary>
/// A follow-up without a case (about the customer alone) has no case id and kind.
/// 
/// A follow-up (Wiedervorlage) as the inbox lists it: the case and its kind, the customer by name and Kundennummer, why, when due
/// (<c>overdue</c> when open and past due), and when and by whom it was done.
/// </summary>
public sealed record FollowUpView(
    Guid Id,
    Guid? CaseId,
    string? CaseKind,
    Guid CustomerId,
    string CustomerNumber,
    string CustomerGivenName,
    string CustomerFamilyName,
    string Assignee,
    string Reason,
    DateTime DueAt,
    bool Overdue,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? DoneAt,
    string? DoneBy);
