namespace CaseFlow.Workflows.Expressions;

/// <summary>An expression that does not parse, does not type-check, or fails while evaluated; <see cref="Position"/> is the 0-based character index, or -1.</summary>
public sealed class ExpressionException(string message, int position = -1) : Exception(message)
{
    public int Position { get; } = position;
}
