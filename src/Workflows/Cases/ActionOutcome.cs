namespace CaseFlow.Workflows.Cases;

/// <summary>
/// What one action did: the journal line, any follow-ups, and the workflow message it publishes
/// (see <see cref="CaseMessages"/>; correlated by the case id). The Host saves them with the case in one transaction.
/// </summary>
/// <param name="PublishedMessage">The name of the message for waiting workflow instances, or null when the action publishes none.</param>
public sealed record ActionOutcome(JournalEntry Journal, IReadOnlyList<FollowUp> FollowUps, string? PublishedMessage = null)
{
    /// <summary>The correlation key of <see cref="PublishedMessage"/>: the id of the case the action was taken on.</summary>
    public string CorrelationKey => Journal.SubjectId.ToString();

    /// <summary>Journal lines on the customer, saved with the case (what the action changed on the customer).</summary>
    public IReadOnlyList<JournalEntry> CustomerJournal { get; init; } = [];
}
