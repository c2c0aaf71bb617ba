namespace CaseFlow.Workflows.Cases;

/// <summary>The actor lacks the role an action needs.</summary>
public sealed class ActionForbiddenException(string action, string requiredRole, string message) : Exception(message)
{
    public string Action { get; } = action;

    public string RequiredRole { get; } = requiredRole;
}
