using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>
/// An actor's request to take an action on a case: staff through the Cases API, a provider (a
/// <see cref="ProviderActors"/> actor) through the provider API. <paramref name="ExpectedVersion"/> is the case
/// version the caller saw, if it sent one.
/// </summary>
public sealed record CaseActionRequest(Guid CaseId, Actor Actor, string Action, ActionInput Input, int? ExpectedVersion = null);
