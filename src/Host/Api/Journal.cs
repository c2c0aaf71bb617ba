using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Api;

/// <summary>Journal lines for changes that are not lifecycle transitions.</summary>
internal static class Journal
{
    public static JournalEntry ForCustomer(Guid customerId, Actor actor, DateTime now, string action, string? data = null) => new()
    {
        At = now,
        Actor = actor.UserName,
        SubjectType = "customer",
        SubjectId = customerId,
        Action = action,
        Data = data,
    };

    public static JournalEntry CaseOpened(Case @case, Actor actor, DateTime now) => new()
    {
        At = now,
        Actor = actor.UserName,
        SubjectType = "case",
        SubjectId = @case.Id,
        Action = "open",
        ToState = @case.State,
    };
}
