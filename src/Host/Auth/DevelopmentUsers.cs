using CaseFlow.Workflows.Access;

namespace CaseFlow.Host.Auth;

/// <summary>The development seed users of docs/api.md; signed in with <c>POST /api/auth/dev-login</c>.</summary>
public static class DevelopmentUsers
{
    public static readonly IReadOnlyList<Seed> All =
    [
        new("ifk.meyer", "Sabine Meyer", [Roles.Ifk], null, []),
        new("ifk.braun", "Thomas Braun", [Roles.Ifk], null, []),
        new("pap.hoff", "Julia Hoff", [Roles.Ifk], "U25", []),
        new("fm.schulz", "Andrea Schulz", [Roles.Fm], null, []),
        new("fm.wagner", "Michael Wagner", [Roles.Fm], null, ["fm.schulz"]),
        new("fm.lead", "Petra Lange", [Roles.FmSupervisor], null, []),
        new("ab.kaya", "Deniz Kaya", [Roles.Abpap], "U25", []),
        new("ab.roth", "Lena Roth", [Roles.Abpap], "U25", []),
        new("owner.process", "Frank Vogel", [Roles.ProcessOwner], null, []),
        new("dsb.weber", "Karin Weber", [Roles.DataProtection], null, []),
    ];

    public sealed record Seed(string UserName, string DisplayName, string[] Roles, string? Team, string[] DeputyFor)
    {
        public StaffUser ToStaffUser() => new()
        {
            UserName = UserName,
            DisplayName = DisplayName,
            Roles = Roles.ToList(),
            Team = Team,
            DeputyFor = DeputyFor.ToList(),
        };
    }
}
