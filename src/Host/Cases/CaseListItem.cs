namespace CaseFlow.Host.Cases;

/// <summary>
/// One row of "Meine Fälle" (<c>GET /api/cases</c>): the case, its state with its label, the customer (by name and
/// Kundennummer) and what is due next (<c>nextDue</c>: review, report, conference or activationEnd) with its label (labels in the request's language).
/// </summary>
public sealed record CaseListItem(
    Guid Id,
    string Kind,
    string KindLabel,
    string State,
    string StateLabel,
    Guid CustomerId,
    string CustomerNumber,
    string CustomerGivenName,
    string CustomerFamilyName,
    DateOnly? NextDueOn,
    string? NextDue,
    string? NextDueLabel,
    string MainCaseworker);
