namespace CaseFlow.Workflows.Access;

/// <summary>
/// The classes of case data need-to-know is decided on (docs/security.md). <see cref="Existence"/> is the smallest part
/// of the summary: that the case exists and its state, what a former secondary caseworker still sees.
/// </summary>
public enum CaseDataClass
{
    /// <summary>That the case exists, its kind and state (the rest of <see cref="Summary"/> left out).</summary>
    Existence,

    /// <summary>S: kind, state, customer name and Kundennummer, caseworker names, key dates.</summary>
    Summary,

    /// <summary>F: the FM file of bFM and referral cases (assessment, plan, notes, goals, needs, case data, journal reasons).</summary>
    FmFile,

    /// <summary>O: the outreach file (the aB-pAp's notes, talks, case data).</summary>
    OutreachFile,

    /// <summary>OS: the summary the aB-pAp released for the former pAp.</summary>
    OutreachSummary,
}
