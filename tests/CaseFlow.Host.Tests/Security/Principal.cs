namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// One column of the authorisation matrix: who sends the request (a staff user signed in by development
/// sign-in, a provider's API key, or nobody) and how they relate to the seeded objects.
/// </summary>
public sealed record Principal(string Column, string Who, string? UserName = null, string? ApiKey = null)
{
    public override string ToString() => $"{Column} ({Who})";
}
