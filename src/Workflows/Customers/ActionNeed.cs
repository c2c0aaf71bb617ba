namespace CaseFlow.Workflows.Customers;

/// <summary>A need for action (Handlungsbedarf) in a key group (Schlüsselgruppe).</summary>
public sealed class ActionNeed
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string KeyGroup { get; init; }

    public required string Need { get; init; }

    /// <summary>Beeinflussbar: only influenceable needs count toward bFM access.</summary>
    public bool Influenceable { get; init; }
}
