namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>The suspension rules of the contact-density concept as pure functions.</summary>
public static class ContactSuspensions
{
    /// <summary>The kinds a caseworker can record (every kind except <see cref="SuspensionKind.WorkOpportunity"/>).</summary>
    public static IReadOnlyList<SuspensionKind> Recordable { get; } = [.. Enum.GetValues<SuspensionKind>().Where(Suspends)];

    /// <summary>Whether a kind suspends the rule: every kind but AGH (seed 004: "Bei Vollzeitmaßnahmen (ausgenommen AGH)").</summary>
    public static bool Suspends(SuspensionKind kind) => kind != SuspensionKind.WorkOpportunity;

    /// <summary>Whether one of the customer's suspensions covers <paramref name="day"/>.</summary>
    public static bool IsSuspended(IEnumerable<ContactSuspension> customerSuspensions, DateOnly day) =>
        customerSuspensions.Any(suspension => suspension.Covers(day));
}
