namespace CaseFlow.Workflows.Cases;

/// <summary>The next date something is due on a case, and what (one of <see cref="CaseDues"/>).</summary>
public sealed record CaseDue(DateOnly On, string What)
{
    /// <summary>The earlier of two dues, either may be missing.</summary>
    public static CaseDue? Earliest(CaseDue? first, CaseDue? second) =>
        first is null ? second : second is null || first.On <= second.On ? first : second;
}
