namespace CaseFlow.Workflows.Goals;

/// <summary>One of the fa:z model's holistic resource areas (Ressourcenbereich): a stable id and its German name.</summary>
/// <param name="Id">Stable id (lower case, e.g. <c>health</c>); goals store it.</param>
/// <param name="Name">The German name users see (configuration).</param>
public sealed record ResourceArea(string Id, string Name);
