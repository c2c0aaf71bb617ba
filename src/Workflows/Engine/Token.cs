namespace CaseFlow.Workflows.Engine;

/// <summary>A waiting token: where it waits and for what. Tokens that move on are not stored.</summary>
public sealed class Token
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid InstanceId { get; init; }

    /// <summary>The element the token waits at.</summary>
    public required string ElementId { get; set; }

    public required TokenWait Wait { get; set; }

    /// <summary>For a token waiting at a parallel join, or at an incident (a retry arrives the same way): the sequence flow it arrived by.</summary>
    public string? ArrivedVia { get; set; }

    public required DateTime CreatedAt { get; init; }
}
