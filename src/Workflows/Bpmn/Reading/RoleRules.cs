using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The role vocabulary of lanes and user tasks: the configured roles, or a queue <c>queue:Name</c>.</summary>
internal sealed partial class RoleRules(IReadOnlyCollection<string> roles)
{
    public const string QueuePrefix = "queue:";

    public string Vocabulary => $"{string.Join(", ", roles)} oder eine Warteschlange (queue) wie queue:VM-U25-aB";

    public bool IsKnown(string role) => roles.Contains(role) || QueuePattern().IsMatch(role);

    public static bool IsProvider(string role) => role == BpmnReaderOptions.ProviderRole;

    [GeneratedRegex(@"^queue:[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex QueuePattern();
}
