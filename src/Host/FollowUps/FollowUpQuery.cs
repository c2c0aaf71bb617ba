namespace CaseFlow.Host.FollowUps;

/// <summary>What <c>GET /api/follow-ups</c> asks for: whose (mine, or those of the FMs I stand in for), open or done, only overdue, which page.</summary>
public sealed record FollowUpQuery(string Scope, bool Done, bool OnlyOverdue, int Page, int PageSize)
{
    public const string Mine = "mine";
    public const string Deputy = "deputy";
}
