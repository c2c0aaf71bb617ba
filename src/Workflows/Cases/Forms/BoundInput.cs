namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>An action's input as its lifecycle read it (without firing): the payload and the fields it read.</summary>
public sealed record BoundInput(object? Payload, IReadOnlyCollection<string> FieldsRead);
