using CaseFlow.Host.Http;

namespace CaseFlow.Host.Api;

/// <summary>
/// The repairs of a workflow instance by hand, under one route group (tag, sign-in, body limit): cancel the instance
/// (<see cref="InstanceCancellationApi"/>) or skip an incident's step (<see cref="IncidentSkipApi"/>).
/// </summary>
public static class InstanceRepairApi
{
    public static IEndpointRouteBuilder MapInstanceRepairApi(this IEndpointRouteBuilder endpoints)
    {
        var repairs = endpoints.MapGroup("/api/instances/{id:guid}")
            .WithTags("Workflow instances (Abläufe)").RequireAuthorization()
            .WithBodyLimit(RequestBodyLimits.StaffJsonBytes);
        repairs.MapPost("/cancel", InstanceCancellationApi.Cancel).WithName("CancelWorkflowInstance")
            .WithSummary("Cancels a running instance: open tasks cancelled, timers and subscriptions removed, reason journaled.");
        repairs.MapPost("/incidents/{incidentId:guid}/skip", IncidentSkipApi.Skip).WithName("SkipIncident")
            .WithSummary("Settles an incident without running its step again: the token continues at the chosen element; reason journaled.");
        return endpoints;
    }
}
