using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;

namespace CaseFlow.Host.Api;

/// <summary>A case as <c>GET /api/cases/{id}</c> and every action answer it, with the actions the caller may take now.</summary>
public sealed record CaseView(
    Guid Id,
    string Kind,
    string State,
    Guid CustomerId,
    int Version,
    IReadOnlyList<ActionAvailability> AllowedActions,
    string MainCaseworker,
    string? SecondaryCaseworker,
    string ReferringCaseworker,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    BfmDetails? Bfm)
{
    public static CaseView Of(Case @case, IReadOnlyList<ActionAvailability> allowedActions) => new(
        @case.Id,
        @case.Kind,
        @case.State,
        @case.CustomerId,
        @case.Version,
        allowedActions,
        @case.MainCaseworker,
        @case.SecondaryCaseworker,
        @case.ReferringCaseworker,
        @case.CreatedAt,
        @case.UpdatedAt,
        @case.Bfm);
}
