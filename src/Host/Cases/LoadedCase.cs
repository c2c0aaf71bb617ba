using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>A case ready to act on with what the reader may see of it (<see cref="NeedToKnow"/>), or why it could not be loaded (not found, no access).</summary>
public sealed record LoadedCase(ICaseLifecycle? Lifecycle, CaseScene? Scene, Refusal? Refusal)
{
    public CaseDataAccess Access { get; init; } = CaseDataAccess.None;

    /// <summary>The latest outreach summary released for the pAp, when the reader may read it (outreach cases).</summary>
    public OutreachSummary? OutreachSummary { get; init; }

    public static LoadedCase Failed(Refusal refusal) => new(null, null, refusal);
}
