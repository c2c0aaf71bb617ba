namespace CaseFlow.Host.Retention;

/// <summary>The dry-run report: what a run on <paramref name="On"/> would anonymise (one page of cases) and what it keeps for legal holds.</summary>
public sealed record RetentionReportView(
    DateOnly On,
    IReadOnlyDictionary<string, int> Periods,
    int DueCases,
    IReadOnlyDictionary<string, int> DueCasesPerKind,
    int HeldCases,
    int DueCustomers,
    IReadOnlyList<RetentionReportCase> Cases);
