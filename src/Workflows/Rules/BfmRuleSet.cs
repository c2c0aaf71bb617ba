using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Rules;

/// <summary>The local bFM limits (seed 001), configuration with these defaults rather than literals in code.</summary>
public sealed record BfmRuleSet
{
    /// <summary>Komplexe Profillagen that give access to bFM.</summary>
    public IReadOnlyList<ProfileCode> ComplexProfiles { get; init; } = [ProfileCode.EP, ProfileCode.SP, ProfileCode.UP];

    /// <summary>Key groups (Schlüsselgruppen) whose influenceable needs count toward access.</summary>
    public IReadOnlyList<string> CountedKeyGroups { get; init; } = ["Rahmenbedingungen", "Leistungsfähigkeit"];

    /// <summary>Minimum number of influenceable needs in the counted key groups.</summary>
    public int MinimumInfluenceableNeeds { get; init; } = 3;

    /// <summary>Longest time to the next review of the plan and prognosis.</summary>
    public int ReviewIntervalMonths { get; init; } = 6;

    /// <summary>Maximum regular duration of bFM; beyond it a review needs a documented justification.</summary>
    public int MaximumDurationMonths { get; init; } = 24;

    /// <summary>From this date (§ 15 SGB II, Bürgergeld) new plans are Kooperationspläne; an EV is refused.</summary>
    public DateOnly KooperationsplanFrom { get; init; } = new(2023, 7, 1);

    /// <summary>Days after exit until the follow-up (Wiedervorlage) for the IFK is due.</summary>
    public int FollowUpDueDays { get; init; } = 7;
}
