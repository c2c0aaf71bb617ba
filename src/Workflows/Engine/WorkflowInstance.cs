using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// A running (or ended) workflow: which definition version it runs, its variables, and where its tokens
/// wait, with the tasks, timers, message subscriptions and incidents that belong to those waits. Only the
/// <see cref="WorkflowEngine"/> changes it; the Host loads and saves it as one unit.
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string DefinitionKey { get; init; }

    /// <summary>The published version the instance runs on; only a migration (<see cref="Migration.MigrationApplier"/>) changes it.</summary>
    public required int DefinitionVersion { get; set; }

    /// <summary>The case the workflow works on (the target of <c>case.fire</c> and of <c>case.*</c> in expressions).</summary>
    public Guid? CaseId { get; init; }

    public InstanceStatus Status { get; internal set; } = InstanceStatus.Running;

    /// <summary>The variables as a JSON object (read and written through <see cref="ReadVariables"/> / <see cref="WriteVariables"/>).</summary>
    public string Variables { get; internal set; } = "{}";

    public required DateTime StartedAt { get; init; }

    public required string StartedBy { get; init; }

    public DateTime UpdatedAt { get; internal set; }

    public DateTime? EndedAt { get; internal set; }

    /// <summary>Optimistic concurrency token: every step increments it, so two steps never both commit on one state.</summary>
    public int Version { get; set; }

    public List<Token> Tokens { get; init; } = [];

    public List<HumanTask> Tasks { get; init; } = [];

    public List<WorkflowTimer> Timers { get; init; } = [];

    public List<MessageSubscription> Subscriptions { get; init; } = [];

    public List<Incident> Incidents { get; init; } = [];

    public JsonObject ReadVariables() => JsonNode.Parse(Variables)?.AsObject() ?? [];

    internal void WriteVariables(JsonObject variables) => Variables = Execution.EngineJson.Text(variables);
}
