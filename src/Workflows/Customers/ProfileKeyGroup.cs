namespace CaseFlow.Workflows.Customers;

/// <summary>A key group (Schlüsselgruppe) with the influenceable obstacles the profile form offers in it.</summary>
public sealed record ProfileKeyGroup(string KeyGroup, IReadOnlyList<string> Obstacles);
