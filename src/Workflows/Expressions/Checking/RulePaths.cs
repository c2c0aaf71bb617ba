using CaseFlow.Workflows.Expressions.Syntax;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Expressions.Checking;

/// <summary>
/// Paths into <c>rules</c>: checked against the known rule values when a workflow is uploaded (an unknown
/// <c>rules.x</c> is refused), and read with their type when evaluated (a duration's ISO text becomes a duration).
/// </summary>
internal static class RulePaths
{
    public static ExpressionType Check(PathNode path)
    {
        var name = string.Join('.', path.Members);
        if (RuleValues.Types.TryGetValue(name, out var type))
        {
            return type;
        }

        var group = path.Members.Count > 0 ? path.Members[0] + "." : string.Empty;
        var known = RuleValues.Types.Keys.Where(key => key.StartsWith(group, StringComparison.Ordinal)).ToList();
        var candidates = known.Count > 0 ? known : [.. RuleValues.Types.Keys];
        throw SyntaxError.At(
            path.Position,
            $"Unbekannter Regelwert '{path.Text}' (unknown rule value), bekannt sind "
            + string.Join(", ", candidates.Select(key => $"{RuleValues.Root}.{key}")));
    }

    /// <summary>The value of a rule path with its declared type; other paths unchanged.</summary>
    public static object? Typed(PathNode path, object? value) =>
        path.Root == RuleValues.Root
        && value is string text
        && RuleValues.Types.GetValueOrDefault(string.Join('.', path.Members)) == ExpressionType.Duration
        && IsoDuration.TryParse(text, out var duration)
            ? duration
            : value;
}
