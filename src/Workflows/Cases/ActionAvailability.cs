namespace CaseFlow.Workflows.Cases;

/// <summary>Whether the current user may take an action now, and the reasons when not.</summary>
public sealed record ActionAvailability(string Action, bool Allowed, IReadOnlyList<string> Reasons);
