using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Expressions;

/// <summary>
/// What an expression can see: named roots (<c>vars</c>, the instance's variables; <c>case</c>, the case
/// as the engine shows it; <c>rules</c>, the rule values in force, see <see cref="Rules.RuleValues"/>) as JSON,
/// and the current time for <c>now()</c> and <c>today()</c>.
/// </summary>
public sealed record ExpressionScope(IReadOnlyDictionary<string, JsonNode?> Roots, DateTimeOffset Now)
{
    /// <summary>The root names expressions may use.</summary>
    public static readonly IReadOnlyList<string> KnownRoots = ["vars", "case", Rules.RuleValues.Root];
}
