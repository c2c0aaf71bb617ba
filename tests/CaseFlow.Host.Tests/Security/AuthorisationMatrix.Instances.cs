using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Security;

/// <summary>Workflow instances, incidents and tasks: the instance and FM task of authz-task on the bFM case, fault-check incidents.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Instances =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("POST /api/workflows/{key}/instances", "authz-task on the bFM case", _ => $"/api/workflows/{MatrixWorkflows.TaskKey}/instances", w => new
        {
            caseId = w.BfmCase, variables = new { },
        },
            "401  403  403  403  201  201  403  403  403  403  403  403  403  401  401"), // need-to-know (issue 16)
        Row("GET /api/instances/{id}", "authz-task instance", w => $"/api/instances/{w.Instance}",
            "401  403  403  403  200  200  403  200  200  403  403  403  403  401  401"), // need-to-know (issue 16)
        Fresh("POST /api/instances/{id}/cancel", "fresh authz-task instance", async w => MatrixRequest.With($"/api/instances/{(await w.FreshTaskAsync()).Instance}/cancel", new
        {
            reason = "Falsch gestartet",
        }),
            "401  403  403  403  200  200  403  403  403  403  403  200  403  401  401"), // need-to-know (issue 16)
        Fresh("POST /api/instances/{id}/incidents/{incidentId}/retry", "fresh fault-check incident", async w =>
        {
            var (instance, incident) = await w.FreshIncidentAsync();
            return MatrixRequest.With($"/api/instances/{instance}/incidents/{incident}/retry", new { variables = FaultWorkflow.Fix });
        },
            "401  200  403  403  403  403  403  403  403  403  403  403  403  401  401"), // need-to-know (issue 16)
        Fresh("POST /api/instances/{id}/incidents/{incidentId}/skip", "fresh fault-check incident", async w =>
        {
            var (instance, incident) = await w.FreshIncidentAsync();
            return MatrixRequest.With($"/api/instances/{instance}/incidents/{incident}/skip", new { toElementId = "Task_Check", reason = "Hinweis wird persönlich gegeben" });
        },
            "401  200  403  403  403  403  403  403  403  403  403  200  403  401  401"), // need-to-know (issue 16)
        Row("GET /api/incidents", "open incidents", _ => "/api/incidents",
            "401  200  200  200  200  200  200  200  200  200  200  200  403  401  401"),
        Row("GET /api/instances/stale", "stale instances", _ => "/api/instances/stale",
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("GET /api/tasks", "my tasks", _ => "/api/tasks",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/tasks/{id}", "authz-task FM task", w => $"/api/tasks/{w.Task}",
            "401  404  404  404  200  200  404  404  200  404  404  404  404  401  401"),
        Fresh("POST /api/tasks/{id}/claim", "fresh FM task", async w => MatrixRequest.To($"/api/tasks/{(await w.FreshTaskAsync()).Task}/claim"),
            "401  403  404  404  200  200  404  403  403  404  404  404  404  401  401"), // need-to-know (issue 16)
        Fresh("POST /api/tasks/{id}/unclaim", "fresh FM task claimed by fm.schulz", async w => MatrixRequest.To($"/api/tasks/{await w.FreshClaimedTaskAsync()}/unclaim"),
            "401  403  404  404  200  409  404  403  403  404  404  404  404  401  401"), // need-to-know (issue 16)
        Fresh("POST /api/tasks/{id}/complete", "fresh FM task", async w => MatrixRequest.With($"/api/tasks/{(await w.FreshTaskAsync()).Task}/complete", new
        {
            variables = new { },
        }),
            "401  403  404  404  200  200  404  403  403  404  404  404  404  401  401"), // need-to-know (issue 16)
    ];
}
