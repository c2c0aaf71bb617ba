namespace CaseFlow.Host.Cases;

/// <summary>
/// "Zusammenfassung für die/den pAp": a text the aB-pAp releases for the former pAp of an outreach case (seed 003: the pAp
/// gets information through the aB-pAp, never the outreach file). Each release is a new row; the pAp sees the latest.
/// </summary>
public sealed class OutreachSummary
{
    /// <summary>The longest summary accepted (characters).</summary>
    public const int MaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid CaseId { get; init; }

    public required string Text { get; init; }

    public required DateTime ReleasedAt { get; init; }

    public required string ReleasedBy { get; init; }
}
