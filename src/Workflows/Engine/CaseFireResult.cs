namespace CaseFlow.Workflows.Engine;

/// <summary>The answer of the case to a <c>case.fire</c>: done, or refused with the reason (which becomes an incident).</summary>
public sealed record CaseFireResult(bool Done, string? Refusal)
{
    public static readonly CaseFireResult Ok = new(true, null);

    public static CaseFireResult Refused(string reason) => new(false, reason);
}
