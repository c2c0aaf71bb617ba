using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Providers;

/// <summary>What a provider's answer to a hand-over needs (bound with <c>[AsParameters]</c>): the calling provider and the case actions.</summary>
public sealed record HandoverAnswerServices(
    HttpContext Http, CaseActions Actions, ProviderHandovers Handovers, CancellationToken CancellationToken)
{
    public string ProviderKey => ProviderCaller.From(Http.User).ProviderKey;

    /// <summary>
    /// Takes the action as the provider (<see cref="ProviderActors"/>) on a case made to it; its data goes to the
    /// lifecycle as the action's data object.
    /// </summary>
    public Task<CaseActionResult> PerformAsync(Guid id, string action, object data, string? reason) =>
        Actions.PerformAsync(
            new CaseActionRequest(id, ProviderActors.For(ProviderKey), action, new ActionInput(reason, null, JsonSerializer.SerializeToElement(data))),
            CancellationToken);
}
