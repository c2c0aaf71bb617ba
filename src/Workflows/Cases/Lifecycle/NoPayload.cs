namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>Payload of a trigger that carries none.</summary>
public sealed record NoPayload
{
    public static readonly NoPayload Instance = new();
}
