namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>Builds <see cref="ExpressionException"/>s whose message names the position.</summary>
internal static class SyntaxError
{
    public static ExpressionException At(int position, string message) =>
        new($"{message} (Position {position})", position);
}
