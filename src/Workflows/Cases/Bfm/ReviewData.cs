namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>review</c>: the prognosis with its reasons, the next review, the justification beyond 2 years.</summary>
public sealed record ReviewData(DateOnly? NextReviewDue, string? ExtensionJustification)
{
    public Prognosis Prognosis { get; init; } = Prognosis.Uncertain;

    public string PrognosisReasons { get; init; } = "";
}
