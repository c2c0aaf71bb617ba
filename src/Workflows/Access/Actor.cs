namespace CaseFlow.Workflows.Access;

/// <summary>The signed-in staff member performing an action.</summary>
/// <param name="UserName">Stable user name (journaled as the actor).</param>
/// <param name="Roles">Roles from <see cref="Access.Roles"/>.</param>
/// <param name="DeputyFor">User names of the FMs this person stands in for (FM-Vertretung).</param>
public sealed record Actor(string UserName, IReadOnlySet<string> Roles, IReadOnlySet<string> DeputyFor)
{
    public bool HasRole(string role) => Roles.Contains(role);
}
