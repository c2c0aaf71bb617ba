namespace CaseFlow.Workflows.Access;

/// <summary>
/// What one actor may do with one case (<see cref="NeedToKnow.Of"/>): the data classes they may read, whether they may
/// act, and, when they may read but not act, why (German, for the 403).
/// </summary>
public sealed record CaseDataAccess(IReadOnlySet<CaseDataClass> Classes, bool MayAct, string? ReadOnlyReason = null)
{
    public static readonly CaseDataAccess None = new(new HashSet<CaseDataClass>(), false);

    /// <summary>The summary only, e.g. for the answer to the action that took the case out of the actor's hands.</summary>
    public static readonly CaseDataAccess SummaryOnly = Of(false, CaseDataClass.Existence, CaseDataClass.Summary);

    public bool MayRead => Classes.Count > 0;

    public bool Reads(CaseDataClass dataClass) => Classes.Contains(dataClass);

    /// <summary>Whether the actor reads the whole file of the case's kind (F or O), not only the summary.</summary>
    public bool ReadsFile => Reads(CaseDataClass.FmFile) || Reads(CaseDataClass.OutreachFile);

    /// <summary>Whether the actor reads special-category data of the case (F or O): such reads are audited.</summary>
    public bool ReadsSpecialCategory => ReadsFile;

    internal static CaseDataAccess Of(bool mayAct, params CaseDataClass[] classes) =>
        new(new HashSet<CaseDataClass>(classes), mayAct);
}
