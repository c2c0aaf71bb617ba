using CaseFlow.Host.Auth;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Host.Tests.Security;

/// <summary>The columns of the authorisation matrix, in the order the status strings list them.</summary>
public static class Principals
{
    public static readonly IReadOnlyList<Principal> All =
    [
        new("anon", "no token, no key"),
        new("ifk", "ifk.meyer: registered the customer (responsible IFK), referred the bFM case, stays its secondary caseworker", "ifk.meyer"),
        new("pap", "pap.hoff: IFK, registered the U25 customer and handed the outreach case over (former pAp)", "pap.hoff"),
        new("ifkX", "ifk.braun: IFK without relation to any seeded case", "ifk.braun"),
        new("fm", "fm.schulz: responsible FM of the bFM case and its referrals", "fm.schulz"),
        new("dep", "fm.wagner: FM, deputy of fm.schulz", "fm.wagner"),
        new("fmX", "fm.neumann: FM, no deputy relation", UnrelatedFm),
        new("sup", "fm.lead: FM supervisor", "fm.lead"),
        new("dual", "fm.doppel: FM and FM supervisor, neither responsible nor deputy", DualFm),
        new("ab", "ab.kaya: aB-pAp who took the outreach case over", "ab.kaya"),
        new("abX", "ab.roth: aB-pAp of the same team, not on the case", "ab.roth"),
        new("own", "owner.process: process owner", "owner.process"),
        new("dsb", "dsb.weber: data protection officer", "dsb.weber"),
        new("prov", "API key of sb-nord, the provider of the seeded hand-overs", ApiKey: "dev-sb-nord-key"),
        new("provX", "API key of sucht-mitte, another provider", ApiKey: "dev-sucht-mitte-key"),
    ];

    public const string UnrelatedFm = "fm.neumann";

    public const string DualFm = "fm.doppel";

    /// <summary>The staff users the development seed lacks: an FM without deputies and one holding FM and FMSupervisor.</summary>
    public static readonly IReadOnlyList<DevelopmentUsers.Seed> ExtraStaff =
    [
        new(UnrelatedFm, "Jonas Neumann", [Roles.Fm], null, []),
        new(DualFm, "Ute Doppel", [Roles.Fm, Roles.FmSupervisor], null, []),
    ];

    /// <summary>The header line of the status tables, aligned with <see cref="MatrixRow"/>'s columns.</summary>
    public static string Header => string.Join(' ', All.Select(p => p.Column.PadRight(4)));
}
