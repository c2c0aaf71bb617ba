namespace CaseFlow.Workflows.Bpmn;

/// <summary>What the reader checks a file against besides the BPMN subset: the case kinds with their actions, and the roles.</summary>
public sealed class BpmnReaderOptions
{
    /// <summary>The provider's role in lanes (<c>cf:role="Provider"</c>); it never gets user tasks.</summary>
    public const string ProviderRole = "Provider";

    /// <summary>Every staff role plus <see cref="ProviderRole"/>.</summary>
    public static readonly IReadOnlyCollection<string> DefaultRoles = [.. Access.Roles.All, ProviderRole];

    /// <summary>No case kinds known (any <c>cf:caseKind</c> and <c>cf:trigger</c> is accepted), the default roles.</summary>
    public static readonly BpmnReaderOptions Default = new();

    /// <summary>
    /// Case kind -> its lifecycle's action names. When given (not empty), <c>cf:caseKind</c> must be one of the
    /// kinds and every <c>cf:trigger</c> an action of that kind (or, without <c>cf:caseKind</c>, of any kind).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> CaseKindActions { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>The roles lanes (<c>cf:role</c>) and user tasks (<c>cf:candidateRole</c>) may name, besides queues (<c>queue:Name</c>).</summary>
    public IReadOnlyCollection<string> Roles { get; init; } = DefaultRoles;
}
