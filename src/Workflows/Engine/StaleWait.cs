namespace CaseFlow.Workflows.Engine;

/// <summary>An element an instance waits at for case actions its case can never again take.</summary>
public sealed record StaleWait(string ElementId, IReadOnlyList<string> Actions)
{
    public string Describe(string caseState) =>
        $"'{ElementId}' wartet auf {string.Join(" / ", Actions.Select(a => $"'{a}'"))}, im Zustand '{caseState}' nie mehr möglich";
}
