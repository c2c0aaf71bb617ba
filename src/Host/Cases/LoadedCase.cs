using CaseFlow.Host.Api;
using CaseFlow.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Cases;

/// <summary>A case ready to act on, or the problem that stopped loading it.</summary>
public sealed record LoadedCase(ICaseLifecycle? Lifecycle, CaseScene? Scene, ProblemHttpResult? Problem)
{
    public static LoadedCase Failed(ProblemHttpResult problem) => new(null, null, problem);

    public CaseView View() => CaseView.Of(Scene!.Case, Lifecycle!.AllowedActions(Scene));
}
