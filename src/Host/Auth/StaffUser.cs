namespace CaseFlow.Host.Auth;

/// <summary>A staff member in CaseFlow's directory: roles, team and the FMs they stand in for.</summary>
public sealed class StaffUser
{
    public required string UserName { get; init; }

    public required string DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Team { get; set; }

    /// <summary>User names of the FMs this person is deputy of (FM-Vertretung).</summary>
    public List<string> DeputyFor { get; set; } = [];
}
