namespace CaseFlow.Workflows.Access;

/// <summary>
/// A provider (Träger) acting through the provider API: journaled as <c>provider:&lt;key&gt;</c>, with the
/// <see cref="Roles.Provider"/> role only and no deputy relations.
/// </summary>
public static class ProviderActors
{
    private const string Prefix = "provider:";

    public static Actor For(string providerKey) =>
        new(Prefix + providerKey, new HashSet<string>(StringComparer.Ordinal) { Roles.Provider }, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The provider key of a provider actor, null for staff.</summary>
    public static string? KeyOf(Actor actor) =>
        actor.HasRole(Roles.Provider) && actor.UserName.StartsWith(Prefix, StringComparison.Ordinal) ? actor.UserName[Prefix.Length..] : null;
}
