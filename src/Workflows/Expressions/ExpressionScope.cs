using System.Text.Json.Nodes;
using CaseFlow.Workflows.Calendars;

namespace CaseFlow.Workflows.Expressions;

/// <summary>
/// What an expression can see: named roots (<c>vars</c>, the instance's variables; <c>case</c>, the case
/// as the engine shows it; <c>rules</c>, the rule values in force, see <see cref="Rules.RuleValues"/>) as JSON,
/// the current time for <c>now()</c>, and the Jobcenter's calendar: <c>today()</c>, <c>date(...)</c> of a date-time
/// and date-time ± duration use its time zone (Europe/Berlin by default), not UTC.
/// </summary>
public sealed record ExpressionScope(IReadOnlyDictionary<string, JsonNode?> Roots, DateTimeOffset Now, JobcenterCalendar Calendar)
{
    /// <summary>The root names expressions may use.</summary>
    public static readonly IReadOnlyList<string> KnownRoots = ["vars", "case", Rules.RuleValues.Root];
}
