namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>One token; <see cref="Value"/> holds the decoded string or the number of a literal.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Position, object? Value = null)
{
    public int End => Position + Text.Length;

    public string Describe() => Kind == TokenKind.End ? "Ende des Ausdrucks (end of expression)" : $"'{Text}'";
}
