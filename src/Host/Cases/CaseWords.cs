using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Host.Cases;

/// <summary>A case in words (in the request's language), as the case page shows it: its kind, its state and its kind's file.</summary>
public sealed record CaseWords(string KindLabel, string StateLabel, IReadOnlyList<FieldValue> File)
{
    public static CaseWords Of(ICaseLifecycle lifecycle, CaseScene scene) => new(
        Terms.Say(CaseKinds.Label(lifecycle.Kind)), Terms.Say(lifecycle.StateLabel(scene.Case.State)), lifecycle.FileInWords(scene));
}
