using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>A case ready to act on, or why it could not be loaded (not found, no access).</summary>
public sealed record LoadedCase(ICaseLifecycle? Lifecycle, CaseScene? Scene, Refusal? Refusal)
{
    public static LoadedCase Failed(Refusal refusal) => new(null, null, refusal);
}
