using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Host.Cases;

/// <summary>A case in German words, as the case page shows it: its kind, its state and its kind's file.</summary>
public sealed record CaseWords(string KindLabel, string StateLabel, IReadOnlyList<FieldValue> File)
{
    public static CaseWords Of(ICaseLifecycle lifecycle, CaseScene scene) => new(
        CaseKinds.Label(lifecycle.Kind), lifecycle.StateLabel(scene.Case.State), lifecycle.FileInWords(scene));
}
