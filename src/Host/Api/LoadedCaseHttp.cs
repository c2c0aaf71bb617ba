using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>How the Cases API answers a <see cref="LoadedCase"/>: the case as <see cref="CaseView"/>, or the refusal as ProblemDetails.</summary>
public static class LoadedCaseHttp
{
    extension(LoadedCase loaded)
    {
        /// <summary>The 404 or 403 when the case could not be loaded, else null.</summary>
        public ProblemHttpResult? Problem => loaded.Refusal is { } refusal ? Problems.For(refusal) : null;

        /// <summary>The case cut to the reader's need to know (<see cref="CaseViewNeedToKnow"/>).</summary>
        public CaseView View()
        {
            var view = CaseView.Of(loaded.Scene!.Case, loaded.Lifecycle!.AllowedActions(loaded.Scene), CaseWords.Of(loaded.Lifecycle, loaded.Scene))
                with { Customer = CustomerRef.Of(loaded.Scene.Customer) };
            return view.For(loaded.Scene.Case, loaded.Access, loaded.OutreachSummary);
        }
    }
}
