namespace CaseFlow.Workflows.Engine.Migration;

/// <summary>One element of the old version a waiting token, task, timer, subscription or incident moves from, and where it lands in the new version.</summary>
public sealed record ElementMove(string From, string To);
