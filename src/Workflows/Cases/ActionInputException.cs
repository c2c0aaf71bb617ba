namespace CaseFlow.Workflows.Cases;

/// <summary>The input of an action is malformed or incomplete; names the field (e.g. <c>data.consent</c>).</summary>
public sealed class ActionInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
