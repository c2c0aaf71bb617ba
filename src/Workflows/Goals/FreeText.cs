using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Goals;

/// <summary>Checks a free text of the goal cycle: trimmed, within its limit, no hidden or control characters but line breaks and tabs.</summary>
internal static class FreeText
{
    public static GoalProblem? Check(string? text, string field, string what, int limit, bool required)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return required ? new GoalProblem(field, $"{what} ({field}) fehlt.") : null;
        }

        if (trimmed.Length > limit)
        {
            return new GoalProblem(field, $"{what} ({field}) darf höchstens {limit} Zeichen lang sein.");
        }

        var visible = trimmed.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');
        return RefusedCharacters.FindIn(visible) is { } refused
            ? new GoalProblem(field, $"{what} ({field}) enthält ein unsichtbares oder Steuerzeichen ({refused}).")
            : null;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
