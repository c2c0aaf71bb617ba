using CaseFlow.Workflows.Access;

namespace CaseFlow.Host.Engine;

/// <summary>Who belongs to a task's candidate role or queue (<c>queue:VM-U25-aB</c> is worked by the role configured for it).</summary>
public sealed class TaskCandidates(EngineOptions options)
{
    public const string QueuePrefix = "queue:";

    public bool IsMember(Actor actor, string? candidateRole) => candidateRole switch
    {
        null => false,
        _ when candidateRole.StartsWith(QueuePrefix, StringComparison.Ordinal) =>
            options.Queues.TryGetValue(candidateRole[QueuePrefix.Length..], out var role) && actor.HasRole(role),
        _ => actor.HasRole(candidateRole),
    };

    /// <summary>The candidate roles and queues the actor works, for task queries.</summary>
    public IReadOnlyList<string> MembershipsOf(Actor actor) =>
        actor.Roles
            .Concat(options.Queues.Where(queue => actor.HasRole(queue.Value)).Select(queue => QueuePrefix + queue.Key))
            .ToList();
}
